package org.byline.newsroom;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.Photo;
import org.byline.domain.PhotoDetails;
import org.byline.domain.Rendition;
import org.byline.imaging.InspectedPhoto;
import org.byline.imaging.MetadataReader;
import org.byline.imaging.PhotoInspector;
import org.byline.imaging.PhotoMetadata;
import org.byline.imaging.RenditionMaker;
import org.byline.store.MediaFiles;
import org.byline.store.MediaFiles.Incoming;
import org.byline.store.PhotoStore;

/**
 * Photos of articles: attach files (checked, copied in, captioned from their own metadata, made
 * into the site's sizes), caption them, order them, choose the lead (대표 사진), take them off.
 * Plain synchronous calls: the window runs them on a worker, never on the FX thread.
 *
 * <p>An original file is shared by every photo with the same content, so it is deleted only when
 * no photo row uses it any more, after that row's removal is committed, and never while an attach
 * in this process is still bringing the same content in ({@link #inFlight}).
 */
public final class Photos {
    /** Pixels on the short side below which a saved page's picture is an icon or a thumbnail, not a photo. */
    static final int SMALLEST_PHOTO = 120;
    /** Long side to short side beyond which a saved page's picture is a banner (a panorama is rarer than an ad). */
    static final int WIDEST_PHOTO = 3;

    private final PhotoStore store;
    private final MediaFiles media;
    private final PhotoSettings settings;
    private final PhotoInspector inspector;
    private final MetadataReader metadata;
    private final RenditionMaker renditions;
    private final EditGuard guard;
    /** SHA-256 of originals an attach is bringing in, with how many attaches are; guarded by this. */
    private final Map<String, Integer> inFlight = new HashMap<>();

    public Photos(
            PhotoStore store,
            MediaFiles media,
            PhotoSettings settings,
            PhotoInspector inspector,
            MetadataReader metadata,
            RenditionMaker renditions,
            Drafting drafting) {
        this.store = store;
        this.media = media;
        this.settings = settings;
        this.inspector = inspector;
        this.metadata = metadata;
        this.renditions = renditions;
        this.guard = drafting.guard();
    }

    /**
     * Attaches {@code files} to the end of the article's photos. Every file is checked before any
     * is copied: one bad file refuses them all and leaves the article as it was. Caption, credit
     * and alt given here win; where they are blank they come from the photo's metadata. Returns
     * once the renditions exist.
     *
     * @param lead make the first new photo the lead; the article's first photo is the lead anyway
     * @return the new photos, in the order of {@code files}
     */
    public List<Photo> attach(long articleId, List<Path> files, PhotoDetails given, boolean lead) {
        requireArticle(articleId);
        if (files.isEmpty()) {
            return List.of();
        }
        PhotoDetails details = given == null ? PhotoDetails.NONE : given;
        ContentLimits.check(details); // what was typed; a photo's own metadata is not refused for its length
        try (Arrivals arrivals = bringIn(files, files.stream().map(f -> details).toList())) {
            return arrivals.stored(store.append(articleId, arrivals.rows(), lead));
        }
    }

    /**
     * The same by {@code by}, under the rules of a text edit: refused while somebody else holds
     * the article's lock, and recorded in the history (the files' names) when {@code by} is not
     * the article's reporter.
     */
    public List<Photo> attach(long articleId, List<Path> files, PhotoDetails given, boolean lead, Person by) {
        guard.requireUnlocked(articleId, by);
        List<Photo> attached = attach(articleId, files, given, lead);
        if (!attached.isEmpty()) {
            guard.record(
                    articleId,
                    by,
                    "+ "
                            + String.join(
                                    ", ",
                                    attached.stream().map(Photo::originalName).toList()));
        }
        return attached;
    }

    /**
     * Photos checked, copied in and made into the site's sizes, whose rows are still to be stored
     * (by {@link #attach}, or with a new article in the same transaction as an import stores it).
     * Closing without {@link #stored} deletes the originals this brought in that nothing uses.
     */
    public final class Arrivals implements AutoCloseable {
        private final List<InspectedPhoto> checked;
        private final List<Photo> rows = new ArrayList<>();
        private final List<String> held = new ArrayList<>();
        private final List<String> broughtIn = new ArrayList<>();
        private final long maxBytes;
        private boolean stored;

        private Arrivals(List<InspectedPhoto> checked, long maxBytes) {
            this.checked = checked;
            this.maxBytes = maxBytes;
        }

        /** The rows to store, in the order of the files; their article, id and position are the store's to set. */
        public List<Photo> rows() {
            return List.copyOf(rows);
        }

        /** Marks the rows as committed ({@code attached} as stored, in order) and returns them. */
        public List<Photo> stored(List<Photo> attached) {
            stored = true;
            restoreOriginalsRemovedMeanwhile(attached, checked, maxBytes);
            return attached;
        }

        @Override
        public void close() {
            release(held, stored ? List.of() : broughtIn);
        }
    }

    /**
     * Checks every file before any is copied (one bad file refuses them all), then copies them in
     * and makes their renditions. Caption, credit and alt given win; blank ones come from the
     * photo's metadata.
     *
     * @param details one for each file
     */
    public Arrivals bringIn(List<Path> files, List<PhotoDetails> details) {
        long maxBytes = maxBytes();
        List<InspectedPhoto> checked = new ArrayList<>();
        for (Path file : files) {
            checked.add(withinMemory(file, () -> inspector.inspect(file, maxBytes)));
        }
        Arrivals arrivals = new Arrivals(checked, maxBytes);
        try {
            for (int i = 0; i < checked.size(); i++) {
                InspectedPhoto photo = checked.get(i);
                PhotoDetails given = details.get(i);
                arrivals.rows.add(withinMemory(
                        photo.file(), () -> bringIn(photo, given, maxBytes, arrivals.held, arrivals.broughtIn)));
            }
            return arrivals;
        } catch (RuntimeException | Error e) {
            // whatever stops the attach, the originals it copied in and nothing uses go again
            arrivals.close();
            throw e;
        }
    }

    /**
     * Runs the reading of one photo, turning its running out of memory into a refusal of that
     * photo. That is sane here and only here: what ran out was this photo's decode buffers, which
     * nothing references once the call unwinds, so an import of several files goes on with the
     * next one instead of the whole run ending.
     */
    private static <T> T withinMemory(Path file, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (OutOfMemoryError e) {
            throw new NewsroomException("error.photo.outOfMemory", e, file);
        }
    }

    /**
     * Another Byline process may have detached the last other use of the same file, and deleted
     * it, between this attach finding the original present and storing its rows. Now that the
     * rows are committed (and keep the file in use), bring any such original back from the
     * reporter's file, so no stored photo points at nothing.
     */
    private void restoreOriginalsRemovedMeanwhile(List<Photo> attached, List<InspectedPhoto> checked, long maxBytes) {
        for (int i = 0; i < attached.size(); i++) {
            Photo photo = attached.get(i);
            if (!Files.exists(media.original(photo.sha256()))) {
                media.keep(media.copyIn(checked.get(i).file(), maxBytes));
                makeMissingRenditions(photo.sha256(), photo.orientation(), photo.originalName());
            }
        }
    }

    /** The article's photos in the order the body counts them. */
    public List<Photo> photos(long articleId) {
        requireArticle(articleId);
        return store.ofArticle(articleId);
    }

    public Photo update(long photoId, PhotoDetails details) {
        PhotoDetails given = details == null ? PhotoDetails.NONE : details;
        ContentLimits.check(given);
        return store.update(photoId, given);
    }

    /** Makes this photo its article's lead (대표 사진); the previous lead becomes an ordinary photo. */
    public void makeLead(long photoId) {
        store.makeLead(photoId);
    }

    /** Puts the article's photos in this order; the list must name each of them exactly once. */
    public void reorder(long articleId, List<Long> photoIdsInOrder) {
        store.reorder(articleId, photoIdsInOrder);
    }

    /**
     * Takes a photo off the article at once. Its original and renditions are deleted afterwards,
     * and only when no other photo uses them. When it was the lead, the first remaining photo is.
     */
    public void detach(long articleId, long photoId) {
        requireArticle(articleId);
        String sha256 = store.remove(articleId, photoId);
        deleteIfUnused(sha256);
    }

    /**
     * The same by {@code by}, under the rules of a text edit (see {@link #attach(long, List, PhotoDetails, boolean, Person)}).
     */
    public void detach(long articleId, long photoId, Person by) {
        guard.requireUnlocked(articleId, by);
        String name = photos(articleId).stream()
                .filter(p -> p.id() == photoId)
                .map(Photo::originalName)
                .findFirst()
                .orElse("#" + photoId);
        detach(articleId, photoId);
        guard.record(articleId, by, "- " + name);
    }

    /** The rendition file of {@code photo}, made again from the original when it is missing. */
    public Path rendition(Photo photo, Rendition size) {
        Path file = media.rendition(photo.sha256(), size);
        if (!Files.exists(file)) {
            makeMissingRenditions(photo.sha256(), photo.orientation(), photo.originalName());
        }
        return file;
    }

    /** The original file as it was attached; never modify it. */
    public Path original(Photo photo) {
        Path file = media.original(photo.sha256());
        if (!Files.exists(file)) {
            throw new NewsroomException("error.photo.originalMissing", photo.originalName(), file);
        }
        return file;
    }

    /**
     * True when {@code file} is a picture Byline would take as a photo, bigger than an icon and
     * not shaped like a banner: a saved page's folder also holds logos, buttons, ads and
     * one-pixel counters, which are no one's photo and are left out rather than refusing the page.
     */
    public boolean isPhoto(Path file) {
        try {
            InspectedPhoto photo = inspector.inspect(file, maxBytes());
            int shortSide = Math.min(photo.width(), photo.height());
            int longSide = Math.max(photo.width(), photo.height());
            // a 728x90 banner or a 16-pixel button is the site's, not the story's
            return shortSide >= SMALLEST_PHOTO && longSide <= WIDEST_PHOTO * shortSide;
        } catch (NewsroomException e) {
            return false;
        }
    }

    /** The largest photo file accepted, from the setting photos.maxMegabytes. */
    public long maxBytes() {
        return settings.maxBytes();
    }

    /** Copies one checked file in, reads its metadata and makes its renditions: the row still to store. */
    private Photo bringIn(
            InspectedPhoto photo, PhotoDetails given, long maxBytes, List<String> held, List<String> broughtIn) {
        Incoming incoming = media.copyIn(photo.file(), maxBytes);
        hold(incoming.sha256());
        held.add(incoming.sha256());
        if (media.keep(incoming)) {
            broughtIn.add(incoming.sha256());
        }
        String name = incoming.originalName();
        PhotoMetadata found = metadata.read(media.original(incoming.sha256()));
        makeMissingRenditions(incoming.sha256(), found.orientation(), name);
        PhotoDetails details = Captions.prefill(given, found);
        int width = found.swapsSides() ? photo.height() : photo.width();
        int height = found.swapsSides() ? photo.width() : photo.height();
        return new Photo(
                0,
                0,
                0,
                incoming.sha256(),
                name,
                photo.format().mediaType(),
                width,
                height,
                found.orientation(),
                details.caption(),
                details.credit(),
                details.alt(),
                found.byline(),
                found.copyright(),
                found.capturedAt(),
                false);
    }

    private void makeMissingRenditions(String sha256, int orientation, String shownName) {
        Path original = media.original(sha256);
        if (!Files.exists(original)) {
            throw new NewsroomException("error.photo.originalMissing", shownName, original);
        }
        Map<Rendition, Path> drafts = new EnumMap<>(Rendition.class);
        try {
            for (Rendition size : Rendition.values()) {
                if (!Files.exists(media.rendition(sha256, size))) {
                    drafts.put(size, media.renditionDraft(sha256, size));
                }
            }
            renditions.make(original, orientation, drafts, shownName);
            drafts.forEach((size, draft) -> media.publish(draft, sha256, size));
            drafts.clear();
        } finally {
            drafts.values().forEach(MediaFiles::deleteQuietly);
        }
    }

    private void requireArticle(long articleId) {
        if (!store.articleExists(articleId)) {
            throw new NewsroomException("error.unknownArticle", articleId);
        }
    }

    private synchronized void hold(String sha256) {
        inFlight.merge(sha256, 1, Integer::sum);
    }

    /** Ends the attach's hold on its originals; deletes those it brought in when it did not store them. */
    private synchronized void release(List<String> held, List<String> notStored) {
        for (String sha256 : held) {
            inFlight.computeIfPresent(sha256, (k, n) -> n == 1 ? null : n - 1);
        }
        for (String sha256 : notStored) {
            deleteIfUnused(sha256);
        }
    }

    private synchronized void deleteIfUnused(String sha256) {
        if (!inFlight.containsKey(sha256) && !store.isUsed(sha256)) {
            media.delete(sha256);
        }
    }
}

package org.byline.newsroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.DeskAction;
import org.byline.domain.Person;
import org.byline.domain.PhotoDetails;
import org.byline.domain.Status;
import org.byline.domain.Transition;
import org.byline.exchange.imports.ImportReader;
import org.byline.exchange.imports.ImportedArticle;
import org.byline.exchange.imports.ImportedPhoto;
import org.byline.store.ImportStore;

/**
 * Bringing articles in from files: a press release in text or Markdown, a news page saved or
 * copied from a browser, ninjs, a Byline package with its photos. The importing profile owns the
 * new draft and may edit and submit it; the byline the file names is kept; the history says
 * which file it came from. One file is one transaction: it comes in whole, with its photos, or
 * not at all.
 */
public final class Imports {
    private final ImportReader reader;
    private final ImportStore store;
    private final Photos photos;
    private final Drafting drafting;
    private final Staff staff;
    private final Clock clock;
    private final Path scratch;

    /** @param scratch where packages are unpacked while they are read (a folder of the data directory, swept of what a killed import leaves) */
    public Imports(
            ImportReader reader,
            ImportStore store,
            Photos photos,
            Drafting drafting,
            Staff staff,
            Clock clock,
            Path scratch) {
        this.reader = reader;
        this.store = store;
        this.photos = photos;
        this.drafting = drafting;
        this.staff = staff;
        this.clock = clock;
        this.scratch = scratch;
    }

    /**
     * Imports one file as a new draft of {@code as}.
     *
     * @throws org.byline.domain.NewsroomException import.* (what is wrong with the file) or a photo's refusal; nothing is stored then
     */
    public Article importFile(Path file, Person as) {
        Person owner = staff.current(as);
        try (ImportReader.Opened opened = reader.read(file, scratch, photos::isPhoto)) {
            ImportedArticle found = opened.article();
            List<Path> files = found.photos().stream().map(ImportedPhoto::file).toList();
            List<PhotoDetails> details = found.photos().stream()
                    .map(p -> new PhotoDetails(
                            TypedContent.line(p.caption()), TypedContent.line(p.credit()), TypedContent.line(p.alt())))
                    .toList();
            int lead = Math.max(
                    0, found.photos().stream().map(ImportedPhoto::lead).toList().indexOf(true));
            try (Photos.Arrivals arrivals = photos.bringIn(files, details)) {
                Instant now = clock.instant();
                ImportStore.Stored stored = store.create(
                        // a file's words are cleaned and bounded as typed words are: no terminal escapes
                        new ImportStore.NewArticle(
                                TypedContent.accepted(content(found)),
                                owner,
                                found.byline().isBlank() ? owner.name() : TypedContent.line(found.byline()),
                                found.registeredAt(),
                                arrivals.rows(),
                                lead),
                        new Transition(
                                0,
                                Status.DRAFT,
                                Status.DRAFT,
                                DeskAction.IMPORT,
                                owner.name(),
                                now,
                                file.getFileName().toString()));
                arrivals.stored(stored.photos());
                return stored.article();
            }
        } finally {
            try {
                // the scratch folder goes with its last import (another import's work keeps it)
                Files.deleteIfExists(scratch);
            } catch (IOException busy) {
                // not empty: another import in another process is unpacking there
            }
        }
    }

    /** The file's subjects: the first that names one of the outlet's sections is the section, the others tags. */
    private ArticleContent content(ImportedArticle found) {
        List<String> sections = drafting.sectionNames();
        String section = "";
        List<String> tags = new ArrayList<>();
        for (String subject : found.subjects()) {
            if (section.isEmpty() && sections.contains(subject)) {
                section = subject;
            } else {
                tags.add(subject);
            }
        }
        return new ArticleContent(found.headline(), found.subheadline(), section, tags, found.body());
    }
}

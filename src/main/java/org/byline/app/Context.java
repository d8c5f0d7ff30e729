package org.byline.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.byline.domain.Role;
import org.byline.exchange.imports.ImportReader;
import org.byline.exchange.imports.NinjsSchema;
import org.byline.i18n.Messages;
import org.byline.imaging.MetadataReader;
import org.byline.imaging.PhotoInspector;
import org.byline.imaging.RenditionMaker;
import org.byline.newsroom.ArticleDocuments;
import org.byline.newsroom.Backups;
import org.byline.newsroom.Desk;
import org.byline.newsroom.Drafting;
import org.byline.newsroom.Exports;
import org.byline.newsroom.Imports;
import org.byline.newsroom.Joining;
import org.byline.newsroom.Locks;
import org.byline.newsroom.ManuscriptSettings;
import org.byline.newsroom.Newsroom;
import org.byline.newsroom.NewsroomSections;
import org.byline.newsroom.Onboarding;
import org.byline.newsroom.Outbox;
import org.byline.newsroom.OutboxStores;
import org.byline.newsroom.OutletSettings;
import org.byline.newsroom.PhotoSettings;
import org.byline.newsroom.Photos;
import org.byline.newsroom.Preview;
import org.byline.newsroom.Revisions;
import org.byline.newsroom.Search;
import org.byline.newsroom.Sections;
import org.byline.newsroom.ServerPresence;
import org.byline.newsroom.Settings;
import org.byline.newsroom.Sites;
import org.byline.newsroom.Staff;
import org.byline.newsroom.StyleCheck;
import org.byline.newsroom.Sync;
import org.byline.newsroom.Workspace;
import org.byline.publish.PushTimeouts;
import org.byline.publish.SiteClients;
import org.byline.store.BackupArchive;
import org.byline.store.Database;
import org.byline.store.MediaFiles;
import org.byline.store.NewsroomCopy;
import org.byline.store.PeopleStore;
import org.byline.store.SecretFiles;
import org.byline.store.SectionStore;
import org.byline.store.SettingsStore;
import org.byline.store.SqliteArticleStore;
import org.byline.store.SqliteDeskStore;
import org.byline.store.SqliteImportStore;
import org.byline.store.SqliteLockStore;
import org.byline.store.SqlitePeopleStore;
import org.byline.store.SqlitePhotoStore;
import org.byline.store.SqlitePushClaimStore;
import org.byline.store.SqlitePushJobStore;
import org.byline.store.SqliteQueueQuery;
import org.byline.store.SqliteRevisionStore;
import org.byline.store.SqliteSearchIndex;
import org.byline.store.SqliteSectionStore;
import org.byline.store.SqliteSettingsStore;
import org.byline.store.SqliteSiteHoldingsStore;
import org.byline.store.SqliteSiteStore;

/**
 * The one place where Byline is assembled: the store, then the use cases on top of it. The window
 * and the command line both start here and are handed what they need; nothing is global.
 */
public final class Context implements Newsroom {
    private final Path dataDirectory;
    private final Database database;
    private final Messages messages;
    private final Drafting drafting;
    private final Staff staff;
    private final Desk desk;
    private final Search search;
    private final OutletSettings outlet;
    private final Preview preview;
    private final Workspace workspace;
    private final Onboarding onboarding;
    private final Photos photos;
    private final Backups backups;
    private final StyleCheck style;
    private final Sections sectionList;
    private final Settings settings;
    private final Revisions revisions;
    private final Locks locks;
    private final Exports exports;
    private final Imports imports;
    private final Sites sites;
    private final Outbox outbox;
    private final Sync sync;
    private final ServerPresence server;

    public Context(Path dataDirectory, Locale locale) {
        this(dataDirectory, locale, Clock.systemUTC());
    }

    public Context(Path dataDirectory, Locale locale, Clock clock) {
        this(dataDirectory, locale, clock, PushTimeouts.DEFAULT);
    }

    /** @param timeouts how long a push waits for a site (tests wait a second, not half a minute) */
    public Context(Path dataDirectory, Locale locale, Clock clock, PushTimeouts timeouts) {
        this(dataDirectory, locale, clock, timeouts, Outbox.LEASE);
    }

    /** @param pushLease how long a push job's sender may go without a heartbeat (tests: a second, to see it run out) */
    public Context(Path dataFolder, Locale locale, Clock clock, PushTimeouts timeouts, Duration pushLease) {
        // a workstation that joined a newsroom works on its newsroom copy, the window and every command alike
        Path dataDirectory = Joining.storeDirectory(dataFolder);
        this.dataDirectory = dataDirectory;
        this.messages = new Messages(locale);
        this.database = Database.open(dataDirectory);
        NewsroomCopy copy = new NewsroomCopy(database);
        this.sync = new Sync(copy, clock);
        this.server = new ServerPresence(copy.isCopy());
        SqliteArticleStore articles = new SqliteArticleStore(database, clock);
        PeopleStore people = new SqlitePeopleStore(database, clock);
        // a joined workstation's sections are the newsroom's: changed on its server, read from the copy
        SectionStore sections = NewsroomSections.of(new SqliteSectionStore(database), server, sync);
        SettingsStore settings = new SqliteSettingsStore(database);
        // a stale lock (a crashed window) anybody may take over; a living one only the desk may break
        this.locks = new Locks(
                new SqliteLockStore(database, clock),
                clock,
                thisRun(),
                person -> person.role() != Role.REPORTER,
                server);
        this.drafting = new Drafting(articles, new SqliteQueueQuery(database), sections, locks, clock);
        this.staff = new Staff(people);
        this.search = new Search(new SqliteSearchIndex(database));
        this.outlet = new OutletSettings(settings);
        this.workspace = new Workspace(settings, people);
        this.onboarding = new Onboarding(staff, workspace, drafting);
        PhotoSettings photoSettings = new PhotoSettings(settings);
        this.photos = new Photos(
                new SqlitePhotoStore(database, clock),
                new MediaFiles(dataDirectory),
                photoSettings,
                new PhotoInspector(PhotoInspector.DEFAULT_MAX_PIXELS),
                new MetadataReader(),
                new RenditionMaker(RenditionMaker.DEFAULT_QUALITY),
                drafting);
        ManuscriptSettings manuscript = new ManuscriptSettings(settings, sections);
        this.settings = new Settings(outlet, photoSettings, manuscript, staff, settings);
        this.preview = new Preview(outlet, drafting, photos, manuscript);
        this.style = new StyleCheck(dataDirectory, settings, staff, copy.isCopy());
        this.sectionList = new Sections(sections, staff);
        this.backups = new Backups(new BackupArchive(database, dataDirectory, clock), clock);
        this.revisions = new Revisions(new SqliteRevisionStore(database, articles, clock), drafting);
        this.desk = new Desk(new SqliteDeskStore(database), staff, clock, revisions, server);
        this.exports = new Exports(drafting, desk, preview, photos, outlet);
        this.imports = new Imports(
                new ImportReader(new NinjsSchema()),
                new SqliteImportStore(database),
                photos,
                drafting,
                staff,
                clock,
                Database.importScratch(dataDirectory));
        SecretFiles secrets = copy.isCopy() ? SecretFiles.ofNewsroom(dataDirectory) : new SecretFiles(dataDirectory);
        // a joined workstation's sites and push jobs are the newsroom's, on its server: each job is sent once
        OutboxStores outboxStores = copy.isCopy()
                ? OutboxStores.onServer(server, secrets, clock)
                : new OutboxStores(
                        new SqlitePushJobStore(database, clock),
                        new SqlitePushClaimStore(database, clock),
                        new SqliteSiteHoldingsStore(database, clock),
                        new SqliteSiteStore(database, clock));
        this.sites = new Sites(outboxStores.sites(), secrets, staff);
        // endpoints of the ninjs type receive the ninjs 3.2 document the export writes
        ArticleDocuments documents = exports::ninjsDocument;
        this.outbox = Outbox.create(
                outboxStores.jobs(),
                outboxStores.claims(),
                outboxStores.holdings(),
                sites,
                desk,
                staff,
                drafting,
                photos,
                outlet,
                settings,
                documents,
                new SiteClients(timeouts),
                clock,
                pushLease,
                sync,
                server);
    }

    /**
     * Names this Byline run in the locks it takes: process id and host for a person reading the
     * store, and a random part because two stores opened in one process are two runs too.
     */
    private static String thisRun() {
        String host = System.getenv().getOrDefault("HOSTNAME", System.getenv().getOrDefault("COMPUTERNAME", "?"));
        return ProcessHandle.current().pid() + "@" + host + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Messages messages() {
        return messages;
    }

    @Override
    public Drafting drafting() {
        return drafting;
    }

    @Override
    public Sync sync() {
        return sync;
    }

    @Override
    public ServerPresence server() {
        return server;
    }

    @Override
    public Staff staff() {
        return staff;
    }

    @Override
    public Desk desk() {
        return desk;
    }

    @Override
    public Search search() {
        return search;
    }

    @Override
    public OutletSettings outlet() {
        return outlet;
    }

    @Override
    public Preview preview() {
        return preview;
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public Onboarding onboarding() {
        return onboarding;
    }

    @Override
    public StyleCheck style() {
        return style;
    }

    @Override
    public Sections sections() {
        return sectionList;
    }

    @Override
    public Backups backups() {
        return backups;
    }

    @Override
    public Photos photos() {
        return photos;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public Revisions revisions() {
        return revisions;
    }

    @Override
    public Locks locks() {
        return locks;
    }

    @Override
    public Exports exports() {
        return exports;
    }

    @Override
    public Imports imports() {
        return imports;
    }

    @Override
    public Sites sites() {
        return sites;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public void close() {
        outbox.close();
        database.close();
    }
}

package org.byline.ui.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.byline.domain.ArticleSummary;
import org.byline.domain.NewsroomTime;
import org.byline.domain.QueueFilter;
import org.byline.domain.QueueOrder;
import org.byline.domain.Status;
import org.byline.newsroom.Drafting;
import org.byline.ui.fx.Tasks;
import org.byline.ui.fx.ViewModel;

/**
 * The queue of articles: filtered by status and section, sorted by any column, read from the store
 * a page at a time on a worker thread.
 */
@ViewModel
public final class QueueViewModel {
    private final Drafting drafting;
    private final Tasks tasks;
    private final PagedRows rows;
    private final ObjectProperty<QueueFilter> filter = new SimpleObjectProperty<>(QueueFilter.NEWEST_FIRST);
    private final ObjectProperty<Status> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> sectionFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> reporterFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> fromDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> untilDay = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty deskQueue = new SimpleBooleanProperty();
    private final ObservableList<String> reporters = FXCollections.observableArrayList();
    private final ObservableList<String> sections = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    /** Grows whenever rows already on screen may have changed; the view then redraws them. */
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    private long generation;

    public QueueViewModel(Drafting drafting, Tasks tasks, Supplier<List<String>> reporterNames) {
        this.drafting = drafting;
        this.tasks = tasks;
        this.rows = new PagedRows(this::loadPage);
        tasks.run(reporterNames, reporters::setAll, e -> {});
        statusFilter.addListener((o, a, b) -> filter.set(filter.get().withStatus(b)));
        sectionFilter.addListener((o, a, b) -> filter.set(filter.get().withSection(b)));
        reporterFilter.addListener((o, a, b) -> filter.set(filter.get().withReporter(b)));
        fromDay.addListener((o, a, b) -> filter.set(filter.get()
                .changedBetween(
                        startOf(b),
                        startOf(untilDay.get() == null ? null : untilDay.get().plusDays(1)))));
        untilDay.addListener((o, a, b) -> filter.set(
                filter.get().changedBetween(startOf(fromDay.get()), startOf(b == null ? null : b.plusDays(1)))));
        text.addListener((o, a, b) -> filter.set(filter.get().containing(b)));
        // the desk's view: what was filed, the one waiting longest first
        deskQueue.addListener((o, was, is) -> {
            statusFilter.set(is ? Status.SUBMITTED : null);
            sortBy(is ? QueueOrder.SUBMITTED : QueueOrder.UPDATED, is);
        });
        filter.addListener((o, a, b) -> refresh());
        readSections();
        refresh();
    }

    /** The section filter's choices: every section, retired ones too (old articles have them). */
    public void readSections() {
        tasks.run(
                drafting::allSectionNames,
                names -> {
                    if (!sections.equals(names)) {
                        sections.setAll(names);
                    }
                },
                e -> {});
    }

    /** Reads the queue again (after a save, or when the filter changed). */
    public void refresh() {
        long current = ++generation;
        QueueFilter f = filter.get();
        tasks.run(
                () -> drafting.count(f),
                count -> {
                    if (current == generation) {
                        rows.reset(count);
                        total.set(count);
                        revision.set(revision.get() + 1);
                    }
                },
                e -> {});
    }

    public void sortBy(QueueOrder order, boolean ascending) {
        filter.set(filter.get().sortedBy(order, ascending));
    }

    private void loadPage(int page) {
        long current = generation;
        QueueFilter f = filter.get();
        tasks.run(
                () -> drafting.page(f, page * PagedRows.PAGE_SIZE, PagedRows.PAGE_SIZE),
                loaded -> {
                    if (current == generation) {
                        rows.pageLoaded(page, loaded);
                        revision.set(revision.get() + 1);
                    }
                },
                e -> rows.pageFailed(page)); // asked again the next time the table shows those rows
    }

    public ObservableList<ArticleSummary> rows() {
        return rows;
    }

    public int indexOf(long articleId) {
        return rows.indexOf(articleId);
    }

    public List<Status> statuses() {
        return List.of(Status.values());
    }

    public ObservableList<String> sections() {
        return sections;
    }

    public ObjectProperty<Status> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<String> sectionFilterProperty() {
        return sectionFilter;
    }

    /** Midnight KST starting {@code day}: the desk's days are Korean days. */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(NewsroomTime.ZONE).toInstant();
    }

    public ObjectProperty<String> reporterFilterProperty() {
        return reporterFilter;
    }

    public ObservableList<String> reporters() {
        return reporters;
    }

    public ObjectProperty<LocalDate> fromDayProperty() {
        return fromDay;
    }

    public ObjectProperty<LocalDate> untilDayProperty() {
        return untilDay;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty deskQueueProperty() {
        return deskQueue;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public QueueFilter filter() {
        return filter.get();
    }
}

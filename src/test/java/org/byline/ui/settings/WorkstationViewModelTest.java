package org.byline.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.byline.app.Context;
import org.byline.ui.fx.DirectTasks;
import org.byline.ui.fx.Tasks;
import org.byline.ui.settings.WorkstationViewModel.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This computer's settings without a window, on a real store: the window's language for the next start, and the folders. */
class WorkstationViewModelTest {
    @TempDir
    Path dir;

    private Context newsroom;
    private final DirectTasks tasks = new DirectTasks();

    @BeforeEach
    void aNewsroom() {
        newsroom = new Context(dir, Locale.KOREAN);
    }

    @AfterEach
    void close() {
        newsroom.close();
    }

    private WorkstationViewModel workstation(Tasks with) {
        return new WorkstationViewModel(
                newsroom.workspace(), dir, newsroom.backups().folder(), with, newsroom.messages());
    }

    @Test
    void withNothingChosen_theWindowFollowsTheSystem_andAChoiceIsKeptForTheNextStart() {
        WorkstationViewModel workstation = workstation(tasks);
        assertThat(workstation.languageProperty().get()).isEqualTo(Language.SYSTEM);
        assertThat(workstation.saidProperty().get()).isEmpty();

        workstation.languageProperty().set(Language.ENGLISH);

        assertThat(newsroom.workspace().language()).contains(Locale.ENGLISH);
        assertThat(workstation.saidProperty().get()).startsWith("화면 언어를 저장했습니다").contains("--lang");

        workstation.languageProperty().set(Language.SYSTEM);
        assertThat(newsroom.workspace().language())
                .as("following the system again")
                .isEmpty();
    }

    @Test
    void theStoredChoiceIsShown_withoutBeingSavedAgain() {
        newsroom.workspace().chooseLanguage(Locale.KOREAN);

        WorkstationViewModel workstation = workstation(tasks);

        assertThat(workstation.languageProperty().get()).isEqualTo(Language.KOREAN);
        assertThat(workstation.saidProperty().get())
                .as("showing is not choosing")
                .isEmpty();
    }

    @Test
    void aChoiceMadeBeforeTheStoredOneIsRead_isNotUndoneByIt() {
        newsroom.workspace().chooseLanguage(Locale.KOREAN);
        SlowReads slow = new SlowReads(tasks);
        WorkstationViewModel workstation = workstation(slow);

        workstation.languageProperty().set(Language.ENGLISH);
        slow.finishReads();

        assertThat(workstation.languageProperty().get()).isEqualTo(Language.ENGLISH);
        assertThat(newsroom.workspace().language()).contains(Locale.ENGLISH);
    }

    @Test
    void noChoiceAtAll_isIgnored() {
        newsroom.workspace().chooseLanguage(Locale.ENGLISH);
        WorkstationViewModel workstation = workstation(tasks);

        workstation.languageProperty().set(null);

        assertThat(newsroom.workspace().language()).contains(Locale.ENGLISH);
        assertThat(workstation.saidProperty().get()).isEmpty();
    }

    @Test
    void theFoldersAreShownInFull() {
        WorkstationViewModel workstation = workstation(tasks);

        assertThat(workstation.dataDirectory()).isEqualTo(dir.toAbsolutePath().toString());
        assertThat(Path.of(workstation.backupsFolder())).isAbsolute().startsWithRaw(dir.toAbsolutePath());
    }

    /** Reads whose answers arrive late, as from a busy worker thread; the rest as DirectTasks. */
    private static final class SlowReads implements Tasks {
        private final DirectTasks direct;
        private final List<Runnable> waiting = new ArrayList<>();

        SlowReads(DirectTasks direct) {
            this.direct = direct;
        }

        /** The store is read at once; the answer reaches the window only at {@link #finishReads()}. */
        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            direct.run(
                    work,
                    result -> waiting.add(() -> onSuccess.accept(result)),
                    e -> waiting.add(() -> onFailure.accept(e)));
        }

        void finishReads() {
            List<Runnable> due = new ArrayList<>(waiting);
            waiting.clear();
            due.forEach(Runnable::run);
        }

        @Override
        public <T> void write(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            direct.write(work, onSuccess, onFailure);
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            return direct.schedule(delay, action);
        }

        @Override
        public void awaitWrites(Duration timeout) {}
    }
}

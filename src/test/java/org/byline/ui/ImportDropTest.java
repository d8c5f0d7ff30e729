package org.byline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.byline.ui.RunningByline.waitUntil;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;
import org.byline.app.Context;
import org.byline.domain.ArticleSummary;
import org.byline.domain.QueueFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Files dragged from a file manager onto the queue become articles; a bad one is named. */
class ImportDropTest {
    @TempDir
    Path dir;

    @TempDir
    Path files;

    @Test
    void droppingAPressReleaseOnTheQueue_importsItOffTheFxThread_andOpensIt_whileABadFileIsNamed() throws Exception {
        Path release = Files.writeString(
                files.resolve("보도자료.txt"), "영등포구, 야간 도서관 연다\n\n구가 한강공원에 도서관을 연다.\n", StandardCharsets.UTF_8);
        Path junk = Files.write(files.resolve("junk.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});

        try (RunningByline byline = RunningByline.start(dir, RunningByline::reporterAtTvSeoul)) {
            drop(byline.node("#queue"), List.of(release, junk));

            waitUntil(() -> "영등포구, 야간 도서관 연다".equals(byline.editor().headline()));
            waitUntil(() -> byline.text("#importProblem").contains("junk.bin"));
            // and a notice at the window's corner says how it went, without taking the focus
            waitUntil(() -> Overlays.notices().contains("1건을 가져왔고, 1건은 가져오지 못했습니다. 까닭은 기사 목록 아래에 있습니다."));
            assertThat(Overlays.notices()).contains("가져오기");
            TableView<ArticleSummary> queue = byline.node("#queue");
            waitUntil(() -> queue.getSelectionModel().getSelectedItem() != null
                    && "영등포구, 야간 도서관 연다"
                            .equals(queue.getSelectionModel().getSelectedItem().headline()));
            assertThat(byline.text("#importBusy")).isEmpty();
        }
        try (Context c = new Context(dir, Locale.KOREAN)) {
            assertThat(c.drafting().count(QueueFilter.NEWEST_FIRST)).isEqualTo(1);
            long id = c.drafting().page(QueueFilter.NEWEST_FIRST, 0, 1).get(0).id();
            assertThat(c.desk().history(id).get(0).note()).isEqualTo("보도자료.txt");
        }
    }

    /**
     * Drops {@code paths} on {@code target} as a file manager does: a drag over it, then the drop,
     * with the files in a real Dragboard. (Monocle has no desktop to drag from, so the events are
     * fired at the queue's centre instead of coming from the window system.)
     */
    private static void drop(Node target, List<Path> paths) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
                    Dragboard board = DragboardHelper.createDragboard(
                            new DesktopDrag(Toolkit.getToolkit().createLocalClipboard()));
                    ClipboardContent content = new ClipboardContent();
                    content.putFiles(paths.stream().map(Path::toFile).toList());
                    board.setContent(content);
                    Bounds b = target.localToScreen(target.getBoundsInLocal());
                    double x = b.getMinX() + b.getWidth() / 2;
                    double y = b.getMinY() + b.getHeight() / 2;
                    Point2D local = target.screenToLocal(x, y);
                    for (var type : List.of(DragEvent.DRAG_ENTERED, DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED)) {
                        Event.fireEvent(
                                target,
                                new DragEvent(
                                        null,
                                        target,
                                        type,
                                        board,
                                        local.getX(),
                                        local.getY(),
                                        x,
                                        y,
                                        TransferMode.COPY,
                                        null,
                                        target,
                                        null));
                    }
                    return null;
                })
                .get();
    }

    /** What a desktop's drag offers: the dropped content, to be copied. */
    private record DesktopDrag(TKClipboard content) implements TKClipboard {
        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(AccessControlContext context) {
            content.setSecurityContext(context);
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.getContentTypes();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            return content.putContent(pairs);
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.getContent(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.hasContent(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {}

        @Override
        public void setDragViewOffsetX(double x) {}

        @Override
        public void setDragViewOffsetY(double y) {}

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}

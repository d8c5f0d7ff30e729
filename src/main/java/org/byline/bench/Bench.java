package org.byline.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.domain.Rendition;
import org.byline.imaging.RenditionMaker;
import org.byline.newsroom.Newsroom;
import org.byline.ui.preview.PreviewViewModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code byline bench}: medians of what a reporter feels, each against a baseline measured in the
 * same run, so the ratio means something on any machine. Needs a display (or xvfb-run) for the
 * two window measurements.
 */
@Command(
        name = "bench",
        description = "Benchmarks: window start, keystroke to preview, search over 100,000 articles, photo renditions.")
public final class Bench implements Callable<Integer> {
    /**
     * What is measured, handed in by app.Main so that the bench needs no class of app (app starts
     * the bench; the bench does not reach back).
     *
     * @param openStore a store on a data directory, as the window and the commands open it
     * @param window    Byline's window on a data directory, not yet initialised
     * @param main      the class a child JVM starts to open the window as a reporter does
     */
    public record Byline(Function<Path, Newsroom> openStore, Function<Path, Application> window, Class<?> main) {}

    private final Byline target;

    @Option(
            names = "--runs",
            defaultValue = "5",
            description = "Repetitions of each measurement (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--articles", defaultValue = "100000", description = "Articles generated for the search benchmark")
    int articles;

    @Option(names = "--only", split = ",", description = "startup, typing, search, photos (default: all)")
    List<String> only;

    @Spec
    CommandSpec spec;

    public Bench(Byline byline) {
        this.target = byline;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("byline-bench");
        if (wants("startup")) {
            startup(work.resolve("startup"), out);
        }
        if (wants("search")) {
            search(work.resolve("search"), out);
        }
        if (wants("photos")) {
            photos(work.resolve("photos"), out);
        }
        if (wants("typing")) {
            typing(work.resolve("typing"), out);
        }
        out.flush();
        System.exit(0); // the toolkit of the typing benchmark would keep the JVM alive
        return 0;
    }

    private boolean wants(String name) {
        return only == null || only.contains(name);
    }

    /** JVM start to first shown window: Byline against a bare JavaFX window. */
    private void startup(Path dir, PrintWriter out) throws Exception {
        try (Newsroom c = target.openStore().apply(dir)) {
            Person p = c.staff().addReporter("홍길동", "hong@example.com");
            c.workspace().useProfile(p);
            c.onboarding().addSamples(p);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<Double> bare = new ArrayList<>();
        List<Double> byline = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            bare.add(timeToShown(List.of(java, "-cp", cp, BareWindow.class.getName())));
            byline.add(timeToShown(List.of(
                    java,
                    "-D" + WindowShown.EXIT_WHEN_SHOWN + "=true",
                    "-cp",
                    cp,
                    target.main().getName(),
                    "--data-dir",
                    dir.toString())));
        }
        report(out, "startup: JVM start to window shown", "bare JavaFX window", bare, "Byline main window", byline);
    }

    private static double timeToShown(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && !line.equals("SHOWN")) {
                // skip
            }
            long shown = System.nanoTime();
            if (line == null) {
                throw new IllegalStateException("window did not open: " + String.join(" ", command.subList(0, 3)));
            }
            return (shown - start) / 1e6;
        } finally {
            p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    /** Search over generated articles against a full scan of the same table. */
    private void search(Path dir, PrintWriter out) {
        try (Newsroom c = target.openStore().apply(dir)) {
            Person p = c.staff().addReporter("홍길동", "hong@example.com");
            long t0 = System.nanoTime();
            List<ArticleContent> batch = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                batch.add(GeneratedArticles.article(i));
                if (batch.size() == 10_000) {
                    c.drafting().createAll(batch, p);
                    batch.clear();
                }
            }
            c.drafting().createAll(batch, p);
            out.printf("search: generated %,d articles in %.1f s%n", articles, (System.nanoTime() - t0) / 1e9);
            for (String q : List.of("회의", "혁신추진", "구청장 예산")) {
                List<Double> fts = new ArrayList<>();
                List<Double> scan = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    fts.add(millis(() -> c.search().find(q)));
                    scan.add(millis(() -> c.search().countByScan(q)));
                }
                out.printf(
                        "search \"%s\": %d hits shown%n", q, c.search().find(q).size());
                report(out, "search \"" + q + "\"", "full scan (instr)", scan, "bigram index", fts);
            }
        }
    }

    /**
     * The renditions of a 24-megapixel camera JPEG (6000 × 4000) against a plain full decode of the
     * same file: what subsampled decoding saves.
     */
    private void photos(Path dir, PrintWriter out) throws IOException {
        Files.createDirectories(dir);
        Path photo = dir.resolve("24mp.jpg");
        writeCameraLikeJpeg(photo, 6000, 4000);
        out.printf("photos: generated a 6000×4000 JPEG of %.1f MB%n", Files.size(photo) / 1024.0 / 1024.0);
        RenditionMaker maker = new RenditionMaker(RenditionMaker.DEFAULT_QUALITY);
        Map<Rendition, Path> thumbnail = Map.of(Rendition.THUMBNAIL, dir.resolve("thumbnail.jpg"));
        Map<Rendition, Path> all = new EnumMap<>(Rendition.class);
        for (Rendition size : Rendition.values()) {
            all.put(size, dir.resolve(size.code() + ".jpg"));
        }
        List<Double> decode = new ArrayList<>();
        List<Double> thumb = new ArrayList<>();
        List<Double> three = new ArrayList<>();
        for (int i = -1; i < runs; i++) { // the first round warms the JIT and is not counted
            double d = millis(() -> fullDecode(photo));
            double t = millis(() -> maker.make(photo, 1, thumbnail, "24mp.jpg"));
            double r = millis(() -> maker.make(photo, 1, all, "24mp.jpg"));
            if (i >= 0) {
                decode.add(d);
                thumb.add(t);
                three.add(r);
            }
        }
        report(
                out,
                "photos: thumbnail (220 px) of a 24-megapixel JPEG",
                "ImageIO.read of the whole photo",
                decode,
                "subsampled decode + thumbnail",
                thumb);
        report(
                out,
                "photos: thumbnail, view and base (220, 640, 1400 px) of a 24-megapixel JPEG",
                "ImageIO.read of the whole photo",
                decode,
                "subsampled decode + three renditions",
                three);
    }

    private static void fullDecode(Path photo) {
        try {
            BufferedImage image = ImageIO.read(photo.toFile());
            if (image.getWidth() != 6000) {
                throw new IllegalStateException("decoded " + image.getWidth());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A gradient with per-pixel noise, so the JPEG is as large and as costly to decode as a camera's. */
    private static void writeCameraLikeJpeg(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(24);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = Math.min(255, x * 200 / width + random.nextInt(40));
                int g = Math.min(255, y * 200 / height + random.nextInt(40));
                int b = Math.min(255, (x + y) * 100 / (width + height) + 80 + random.nextInt(40));
                pixels[y * width + x] = (r << 16) | (g << 8) | b;
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** A keystroke in a 3,000-character article until the preview's DOM shows it. */
    private void typing(Path dir, PrintWriter out) throws Exception {
        String body;
        try (Newsroom c = target.openStore().apply(dir)) {
            Person p = c.staff().addReporter("홍길동", "hong@example.com");
            c.workspace().useProfile(p);
            body = GeneratedArticles.body(3_000);
            Article a = c.drafting().create(new ArticleContent("벤치마크 기사", "", "사회", List.of(), body), p);
            c.workspace().rememberOpenArticle(a.id());
        }
        Application app = target.window().apply(dir);
        app.init();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnShown(e -> shown.countDown());
            try {
                app.start(stage);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) { // Application.start may throw anything; Byline's throws nothing checked
                throw new IllegalStateException(e);
            }
        });
        shown.await();
        TextArea editor = (TextArea) lookup("#body");
        WebView preview = (WebView) lookup("#preview");
        waitFor(() -> onFx(
                () -> editor.getText().length() >= 3_000 && bodyText(preview).contains(body.substring(0, 20))));

        List<Double> keystroke = new ArrayList<>();
        List<Double> reload = new ArrayList<>();
        for (int i = 0; i < runs * 4; i++) {
            String token = "표식" + i + "끝";
            long start = System.nanoTime();
            onFx(() -> {
                editor.appendText(token);
                return null;
            });
            waitFor(() -> onFx(() -> bodyText(preview).contains(token)));
            keystroke.add((System.nanoTime() - start) / 1e6);

            String html = onFx(() -> preview.getEngine().getDocument() == null
                    ? ""
                    : "<html>"
                            + preview.getEngine()
                                    .getDocument()
                                    .getDocumentElement()
                                    .getTextContent() + "</html>");
            WebView[] baselineView = new WebView[1];
            long s2 = System.nanoTime();
            CompletableFuture<Void> loaded = new CompletableFuture<>();
            Platform.runLater(() -> {
                baselineView[0] = new WebView();
                baselineView[0].getEngine().getLoadWorker().stateProperty().addListener((o, a, b) -> {
                    if (b == Worker.State.SUCCEEDED) {
                        loaded.complete(null);
                    }
                });
                baselineView[0].getEngine().loadContent(html);
            });
            loaded.get(10, TimeUnit.SECONDS);
            reload.add((System.nanoTime() - s2) / 1e6);
        }
        report(
                out,
                "typing: keystroke to preview, 3,000-character article",
                "loadContent of the page text into a new WebView",
                reload,
                "Byline (incl. " + PreviewViewModel.DELAY.toMillis() + " ms debounce)",
                keystroke);
    }

    private static String bodyText(WebView preview) {
        var doc = preview.getEngine().getDocument();
        var body = doc == null ? null : doc.getElementById("body");
        return body == null ? "" : body.getTextContent();
    }

    private static Node lookup(String id) throws Exception {
        Node[] found = new Node[1];
        waitFor(() -> onFx(() -> {
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null && w.getScene().lookup(id) != null) {
                    found[0] = w.getScene().lookup(id);
                    return true;
                }
            }
            return false;
        }));
        return found[0];
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.join();
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }

    private static double millis(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e6;
    }

    private static void report(
            PrintWriter out,
            String what,
            String baselineName,
            List<Double> baseline,
            String name,
            List<Double> measured) {
        double b = median(baseline);
        double m = median(measured);
        out.printf(
                "%s%n  baseline %-45s median %9.2f ms  (n=%d)%n  %-54s median %9.2f ms  (n=%d)%n  ratio %.2f%n",
                what, baselineName, b, baseline.size(), name, m, measured.size(), m / b);
        out.flush();
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}

package org.byline.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.QueueFilter;
import org.byline.newsroom.Joining;
import org.byline.newsroom.Newsroom;
import org.byline.newsroom.ScratchNewsroom;

/**
 * {@code bench --only newsroom-queue}: the desk queue of a workstation that joined a newsroom of
 * 100,000 articles. The queue reads the workstation's newsroom copy, so typing and paging never
 * wait on the network; what the server's size costs is the join, which brings every article once,
 * and is printed beside it. No baseline: the figure is absolute, for this machine.
 */
final class NewsroomQueueBench implements Measurement {
    private static final String ADMIN = "관리자";
    private static final String PASSWORD = "bench-admin-1";
    private static final int FIRST_PAGE = 50;

    private final Bench.Byline target;
    private final NewsroomBench.Plan plan;
    private final int runs;
    private final int articles;

    NewsroomQueueBench(Bench.Byline target, NewsroomBench.Plan plan, int runs, int articles) {
        this.target = target;
        this.plan = plan;
        this.runs = runs;
        this.articles = articles;
    }

    @Override
    public void measure(Path dir, PrintWriter out) throws Exception {
        try (ScratchNewsroom newsroom = ScratchNewsroom.make(
                plan.server(), plan.serverPassword().toCharArray(), ADMIN, PASSWORD.toCharArray())) {
            newsroom.fill(articles);
            Path desk = dir.resolve("desk");
            long joining = System.nanoTime();
            Joining.join(desk, newsroom.address(), ADMIN, PASSWORD.toCharArray(), Clock.systemUTC())
                    .close();
            double joinSeconds = (System.nanoTime() - joining) / 1e9;
            List<Double> firstPage = new ArrayList<>();
            int shown;
            try (Newsroom copy = target.openStore().apply(desk)) {
                shown = copy.drafting()
                        .page(QueueFilter.DESK_QUEUE, 0, FIRST_PAGE)
                        .size(); // warms the caches
                for (int i = 0; i < Math.max(7, runs); i++) {
                    long start = System.nanoTime();
                    copy.drafting().count(QueueFilter.DESK_QUEUE);
                    copy.drafting().page(QueueFilter.DESK_QUEUE, 0, FIRST_PAGE);
                    firstPage.add((System.nanoTime() - start) / 1e6);
                }
            }
            double median = Figures.median(firstPage);
            double p95 = Figures.percentile(firstPage, 95);
            if (plan.json()) {
                out.printf(
                        "{\"measure\":\"newsroom-queue\",\"unit\":\"ms\",\"baseline\":null,\"median\":%.1f,"
                                + "\"p95\":%.1f,\"n\":%d,\"articles\":%d,\"shown\":%d,\"joinSeconds\":%.1f}%n",
                        median, p95, firstPage.size(), articles, shown, joinSeconds);
            } else {
                out.printf(
                        "newsroom-queue: desk queue's first page (count and %d rows) on a joined copy of %,d articles:"
                                + " median %.1f ms, p95 %.1f ms (n=%d); joining took %.1f s%n",
                        FIRST_PAGE, articles, median, p95, firstPage.size(), joinSeconds);
            }
            out.flush();
        }
    }
}

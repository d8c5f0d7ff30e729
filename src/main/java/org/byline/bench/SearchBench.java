package org.byline.bench;

import static org.byline.bench.Figures.millis;
import static org.byline.bench.Figures.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;
import org.byline.newsroom.Newsroom;

/** Search over generated articles against a full scan of the same table. */
final class SearchBench implements Measurement {
    /** Articles go in by the batch, one transaction each (see Drafting#createAll), not one per article. */
    private static final int BATCH = 10_000;

    private final Bench.Byline target;
    private final int runs;
    private final int articles;

    SearchBench(Bench.Byline target, int runs, int articles) {
        this.target = target;
        this.runs = runs;
        this.articles = articles;
    }

    @Override
    public void measure(Path dir, PrintWriter out) {
        try (Newsroom c = target.openStore().apply(dir)) {
            Person p = c.staff().addReporter("홍길동", "hong@example.com");
            long t0 = System.nanoTime();
            List<ArticleContent> batch = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                batch.add(GeneratedArticles.article(i));
                if (batch.size() == BATCH) {
                    c.drafting().createAll(batch, p);
                    batch.clear();
                }
            }
            c.drafting().createAll(batch, p);
            out.printf("search: generated %,d articles in %.1f s%n", articles, (System.nanoTime() - t0) / 1e9);
            // a common word, a long compound, and two words together
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
}

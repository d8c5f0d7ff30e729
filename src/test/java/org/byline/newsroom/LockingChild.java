package org.byline.newsroom;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.LockResult;
import org.byline.domain.Person;
import org.byline.domain.StaleVersionException;

/**
 * A second Byline process for TwoProcessesTest: the same store, another person, driven line by
 * line over stdin and reporting what the newsroom answered on stdout.
 *
 * <p>{@code edit DIR NAME ID}: opens the article for editing, reads it, adds a paragraph on SAVE,
 * tries again on RETRY, gives the lock up on QUIT. {@code race DIR NAME ID...}: on GO, tries to
 * lock each article and reports those it got. {@code hold DIR NAME}: keeps the store open, and on
 * SAVE writes an article as NAME.
 */
public final class LockingChild {
    static final String PARAGRAPH = "기자가 현장에서 보탠 문단.";
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final BufferedReader IN =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    private LockingChild() {}

    public static void main(String[] args) throws Exception {
        try (Context context = new Context(Path.of(args[1]), Locale.KOREAN)) {
            if (args[0].equals("hold")) {
                hold(context, args[2]);
                return;
            }
            Person who = context.staff().named(args[2]);
            if (args[0].equals("edit")) {
                edit(context, who, Long.parseLong(args[3]));
            } else {
                race(context, who, args);
            }
        }
    }

    private static void edit(Context context, Person who, long id) throws Exception {
        LockResult opened = context.locks().open(id, who);
        OUT.println("OPENED " + opened.outcome() + " " + opened.lock().holder() + " "
                + opened.lock().since().toEpochMilli());
        Article read = context.drafting().open(id);
        OUT.println("READ " + read.version());
        await("SAVE");
        try {
            // a reporter who types into a read-only copy anyway, as a script could
            context.drafting().save(id, read.version(), withParagraph(read));
            OUT.println("SAVED");
        } catch (StaleVersionException e) {
            OUT.println("STALE " + e.expectedVersion() + " " + e.storedVersion());
        }
        await("RETRY");
        LockResult again = context.locks().open(id, who);
        OUT.println("OPENED " + again.outcome() + " " + again.lock().holder());
        Article fresh = context.drafting().open(id);
        Article saved = context.drafting().save(id, fresh.version(), withParagraph(fresh));
        context.locks().heartbeat(id, who);
        OUT.println("SAVED " + saved.version());
        await("QUIT");
        context.locks().release(id, who);
        OUT.println("RELEASED");
    }

    private static void race(Context context, Person who, String[] args) throws Exception {
        // warm up, so the parent's warm JVM does not finish before this one has begun
        long first = Long.parseLong(args[3]);
        context.locks().open(first, who);
        context.locks().release(first, who);
        OUT.println("READY");
        await("GO");
        for (int i = 3; i < args.length; i++) {
            if (context.locks().open(Long.parseLong(args[i]), who).outcome() == LockResult.Outcome.TAKEN) {
                OUT.println("TOOK " + args[i]);
            }
        }
        OUT.println("DONE");
    }

    /** Keeps the store open until HOLD ends with SAVE, then saves an article, as a window left open would. */
    private static void hold(Context context, String name) throws Exception {
        OUT.println("HELD");
        await("SAVE");
        Person who = context.staff().named(name);
        OUT.println("SAVED "
                + context.drafting()
                        .create(new ArticleContent("열어 둔 창에서 쓴 기사", "", "사회", List.of(), ""), who)
                        .id());
        await("QUIT");
    }

    private static ArticleContent withParagraph(Article article) {
        return article.content().withBody(article.content().body() + "\n\n" + PARAGRAPH);
    }

    private static void await(String command) throws Exception {
        String line = IN.readLine();
        if (!command.equals(line)) {
            throw new IllegalStateException("expected " + command + ", got " + line);
        }
    }
}

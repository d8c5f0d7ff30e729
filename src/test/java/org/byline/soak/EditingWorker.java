package org.byline.soak;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.LockResult;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.domain.StaleVersionException;
import org.byline.domain.Status;

/**
 * One Byline process of {@link TwoProcessesSoak}: a reporter editing and filing drafts, or a desk
 * editor editing copy in any state and returning filed copy, on the same articles as the other process, as fast as it can
 * for the time given. Reports every outcome on stdout: {@code SAVED token id}, {@code STALE id},
 * {@code HELD id holder}, {@code REFUSED id key}, {@code SUBMITTED id}, {@code RETURNED id}, and
 * {@code DONE} at the end.
 *
 * <p>Arguments: data directory, reporter|desk, name, seconds, article ids.
 */
public final class EditingWorker {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private EditingWorker() {}

    public static void main(String[] args) throws Exception {
        boolean desk = args[1].equals("desk");
        long until = System.currentTimeMillis() + Long.parseLong(args[3]) * 1000;
        List<Long> ids = Arrays.stream(args, 4, args.length).map(Long::valueOf).toList();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (Context context = new Context(Path.of(args[0]), Locale.KOREAN)) {
            Person me = context.staff().named(args[2]);
            for (int n = 0; System.currentTimeMillis() < until; n++) {
                long id = ids.get(random.nextInt(ids.size()));
                // most of the time as the window does (lock first); sometimes as a script that ignores locks
                boolean respectLock = random.nextInt(10) < 7;
                if (respectLock) {
                    LockResult lock = context.locks().open(id, me);
                    if (lock.outcome() == LockResult.Outcome.HELD_BY_OTHER) {
                        OUT.println("HELD " + id + " " + lock.lock().holder());
                        continue;
                    }
                }
                try {
                    Article read = context.drafting().open(id);
                    // the desk fixes copy in any state; a reporter changes only drafts
                    boolean mine = desk ? read.status() != Status.SPIKED : read.status() == Status.DRAFT;
                    if (!mine) {
                        continue;
                    }
                    String token = (desk ? "D" : "R") + n;
                    Thread.sleep(random.nextInt(30)); // the time between reading and saving (typing, a pause)
                    try {
                        context.drafting()
                                .save(
                                        id,
                                        read.version(),
                                        read.content().withBody(read.content().body() + "\n" + token),
                                        read.byline(),
                                        me);
                        OUT.println("SAVED " + token + " " + id);
                    } catch (StaleVersionException e) {
                        OUT.println("STALE " + id);
                        continue;
                    }
                    if (random.nextInt(5) == 0) {
                        if (desk && read.status() == Status.SUBMITTED) {
                            context.desk().returnToReporter(id, me, "보강 바랍니다 " + n);
                            OUT.println("RETURNED " + id);
                        } else if (!desk) {
                            context.desk().submit(id, me);
                            OUT.println("SUBMITTED " + id);
                        }
                    }
                } catch (NewsroomException e) {
                    // the other process moved the article on meanwhile (filed, returned): said, not lost
                    OUT.println("REFUSED " + id + " " + e.key());
                } finally {
                    if (respectLock) {
                        context.locks().release(id, me);
                    }
                }
            }
        }
        OUT.println("DONE");
    }
}

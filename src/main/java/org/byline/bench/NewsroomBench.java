package org.byline.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.byline.domain.Role;
import org.byline.newsroom.Joining;
import org.byline.newsroom.Newsroom;
import org.byline.newsroom.ScratchNewsroom;

/**
 * A newsroom of simulated workstations on a real PostgreSQL server: reporters typing and filing,
 * desk editors approving and returning and pushing to a WordPress stand-in that fails now and then, each workstation with its own copy and its own line to
 * the server, and the server "restarted" once midway. Measured: how long a change made on one
 * workstation takes to be in another's copy (newsroom visibility), and, once everyone has synced,
 * how many articles the server holds otherwise than their last writer left them (lost updates),
 * and how many articles the site got twice (duplicate pushes).
 * There is no baseline in the same run: the figure is an absolute one, on this machine and server.
 */
final class NewsroomBench implements Measurement {
    /** What to run: the server (its password for this run only), how many workstations, how long, how to print. */
    record Plan(String server, String serverPassword, int workstations, int seconds, boolean json) {}

    private static final String ADMIN = "관리자";
    /** How long the simulated restart keeps everyone out. */
    private static final int AWAY_SECONDS = 5;
    /** Joins and final syncs run this many at a time: the server and two cores, not fifty. */
    private static final int AT_ONCE = 4;
    /** How long the lines get after the people stop, to send and bring what is still on its way. */
    private static final int SETTLE_SECONDS = 30;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Bench.Byline target;
    private final Plan plan;

    NewsroomBench(Bench.Byline target, Plan plan) {
        this.target = target;
        this.plan = plan;
    }

    @Override
    public void measure(Path dir, PrintWriter out) throws Exception {
        if (plan.workstations() < 2) {
            throw new IllegalArgumentException("--workstations: at least 2 (a reporter and a desk editor)");
        }
        char[] adminPassword = password();
        List<Workstation> all = Collections.synchronizedList(new ArrayList<>());
        try (LineWarnings warnings = new LineWarnings();
                ScratchNewsroom newsroom = ScratchNewsroom.make(
                        plan.server(), plan.serverPassword().toCharArray(), ADMIN, adminPassword)) {
            // a run stopped with Ctrl-C leaves no database or roles behind either
            Thread dropOnExit = new Thread(newsroom::close, "drop the bench newsroom");
            Runtime.getRuntime().addShutdownHook(dropOnExit);
            try {
                run(newsroom, dir, adminPassword, all, warnings, out);
            } finally {
                all.parallelStream().forEach(Workstation::close);
                Runtime.getRuntime().removeShutdownHook(dropOnExit);
            }
        }
    }

    private void run(
            ScratchNewsroom newsroom,
            Path dir,
            char[] adminPassword,
            List<Workstation> all,
            LineWarnings warnings,
            PrintWriter out)
            throws Exception {
        long setupStart = System.nanoTime();
        int desks = Math.max(1, plan.workstations() / 5);
        List<String> names = new ArrayList<>();
        List<char[]> passwords = new ArrayList<>();
        try (Joining.Member admin =
                Joining.join(dir.resolve("admin"), newsroom.address(), ADMIN, adminPassword, Clock.systemUTC())) {
            for (int i = 0; i < plan.workstations(); i++) {
                boolean desk = i >= plan.workstations() - desks;
                String name = desk
                        ? String.format("데스크%02d", i - (plan.workstations() - desks) + 1)
                        : String.format("기자%02d", i + 1);
                char[] pw = password();
                Joining.addPerson(admin, name, "", desk ? Role.DESK : Role.REPORTER, pw);
                names.add(name);
                passwords.add(pw);
            }
        }
        Visibility visibility = new Visibility();
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try (BenchSite site = new BenchSite()) {
            try (Newsroom admins = target.openStore().apply(dir.resolve("admin"));
                    Joining.Member admin = Joining.signIn(dir.resolve("admin"), admins, ADMIN, adminPassword)) {
                site.addTo(admins, admin.person());
            }
            List<Future<Workstation>> joined = new ArrayList<>();
            for (int i = 0; i < plan.workstations(); i++) {
                int index = i;
                joined.add(pool.submit(() -> {
                    Workstation w = Workstation.join(
                            index,
                            dir.resolve("ws" + index),
                            newsroom.address(),
                            names.get(index),
                            passwords.get(index),
                            target.openStore(),
                            visibility);
                    all.add(w);
                    return w;
                }));
            }
            List<Workstation> reporters = new ArrayList<>();
            List<Workstation> deskWorkstations = new ArrayList<>();
            for (int i = 0; i < joined.size(); i++) {
                (i >= plan.workstations() - desks ? deskWorkstations : reporters)
                        .add(joined.get(i).get());
            }
            for (Workstation desk : deskWorkstations) {
                site.sendFrom(desk);
            }
            double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
            if (!plan.json()) {
                out.printf(
                        "newsroom: %d workstations (%d reporters, %d desk editors) joined %s in %.1f s%n",
                        plan.workstations(), reporters.size(), desks, newsroom.name(), setupSeconds);
                out.flush();
            }

            Floor floor = new Floor(
                    visibility,
                    reporters,
                    deskWorkstations,
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(plan.seconds()));
            Restart restart = new Restart(newsroom, plan.seconds() / 2, AWAY_SECONDS);
            List<Thread> people = new ArrayList<>();
            reporters.forEach(w -> people.add(new Thread(new Reporter(w, floor), "reporter " + w.name)));
            deskWorkstations.forEach(w -> people.add(new Thread(new DeskEditor(w, floor), "desk " + w.name)));
            restart.start();
            people.forEach(Thread::start);
            for (Thread t : people) {
                t.join(TimeUnit.SECONDS.toMillis(plan.seconds() + 60L));
            }
            restart.join();

            // what was still on its way when the people stopped: the lines send and bring it
            long settleUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
            while (all.stream().anyMatch(w -> w.waiting() > 0) && System.nanoTime() < settleUntil) {
                Thread.sleep(200);
            }
            // every push queued goes, once, from one of the desks' outboxes
            while (pushesOnTheirWay(newsroom) && System.nanoTime() < settleUntil + TimeUnit.SECONDS.toNanos(60)) {
                Thread.sleep(200);
            }
            BenchSite.Pushes pushes = site.pushes(newsroom.pushJobs());
            Thread.sleep(1000); // the last rounds bring what the last sends changed
            int unseen = visibility.unseen();
            List<String> unseenLines = visibility.unseenLines();
            List<Visibility.Seen> seen = visibility.seen();
            int sawAway = (int) all.stream().filter(Workstation::sawServerAway).count();
            all.parallelStream().forEach(Workstation::stopLine);

            // the final sync: everyone sends what still waits, then everyone brings the rest
            long syncStart = System.nanoTime();
            for (int pass = 0; pass < 2; pass++) {
                List<Future<?>> rounds = new ArrayList<>();
                for (Workstation w : all) {
                    rounds.add(pool.submit(w::syncOnce));
                }
                for (Future<?> r : rounds) {
                    r.get();
                }
            }
            double syncSeconds = (System.nanoTime() - syncStart) / 1e9;
            int waitingAfter = all.stream().mapToInt(Workstation::waiting).sum();
            List<ScratchNewsroom.Held> held = newsroom.articles();
            int lost = floor.lastWrites.lost(held);
            int behind = all.stream().mapToInt(w -> w.behind(held)).sum();

            NewsroomResult result = new NewsroomResult(
                    plan,
                    reporters.size(),
                    desks,
                    seen,
                    lost,
                    behind,
                    floor,
                    unseen,
                    unseenLines,
                    sawAway,
                    all.stream().mapToInt(Workstation::kept).sum(),
                    all.stream().mapToInt(Workstation::refused).sum(),
                    waitingAfter,
                    warnings.count(),
                    warnings.countOutside(restart::whileAwayOrJustAfter),
                    restart,
                    pushes,
                    setupSeconds,
                    syncSeconds);
            if (plan.json()) {
                result.printJson(out);
            } else {
                result.printTable(out, warnings.first());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean pushesOnTheirWay(ScratchNewsroom newsroom) {
        var jobs = newsroom.pushJobs();
        return jobs.getOrDefault("queued", 0) + jobs.getOrDefault("sending", 0) > 0;
    }

    /** A password for a simulated person: random, never printed, gone with the run. */
    private static char[] password() {
        byte[] b = new byte[9];
        RANDOM.nextBytes(b);
        return ("b" + HexFormat.of().formatHex(b)).toCharArray();
    }

    /** Numbers in JSON as JavaScript reads them, whatever the locale. */
    static String number(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.1f", value);
    }
}

package org.byline.bench;

import static org.byline.bench.NewsroomBench.number;

import java.io.PrintWriter;
import java.util.List;

/**
 * What one newsroom run found, printed as the other measurements print (a readable table) or, with
 * {@code --json}, one JSON object a line: the visibility figures with the lost updates first, then
 * what the simulated people did, which says how much load those figures were measured under.
 * Visibility counts every change timed, those made while the server was away too; the activity
 * line also gives the figures without them, since those wait for the server by design. The
 * pushes line says what became of every push the desk queued, and how many the site got twice.
 */
record NewsroomResult(
        NewsroomBench.Plan plan,
        int reporters,
        int desks,
        List<Visibility.Seen> seen,
        int lostUpdates,
        int copiesBehind,
        Floor floor,
        int unseen,
        List<String> unseenLines,
        int sawServerAway,
        int keptAsRevision,
        int refusedByServer,
        int waitingAfterSync,
        int lineWarnings,
        int lineWarningsOutsideRestart,
        Restart restart,
        BenchSite.Pushes pushes,
        double setupSeconds,
        double finalSyncSeconds) {

    private List<Double> millis() {
        return seen.stream().map(Visibility.Seen::millis).toList();
    }

    /** The changes not made while the server kept everyone out. */
    private List<Double> millisOtherwise() {
        return seen.stream()
                .filter(s -> !restart.whileAway(s.madeAt()))
                .map(Visibility.Seen::millis)
                .toList();
    }

    void printJson(PrintWriter out) {
        List<Double> millis = millis();
        List<Double> otherwise = millisOtherwise();
        out.printf(
                "{\"measure\":\"newsroom visibility\",\"unit\":\"ms\",\"workstations\":%d,\"median\":%s,"
                        + "\"p95\":%s,\"p99\":%s,\"n\":%d,\"lostUpdates\":%d,\"duplicatePushes\":%d}%n",
                plan.workstations(),
                number(Figures.median(millis)),
                number(Figures.percentile(millis, 95)),
                number(Figures.percentile(millis, 99)),
                millis.size(),
                lostUpdates,
                pushes.duplicatePushes());
        out.printf(
                "{\"measure\":\"newsroom pushes\",\"workstations\":%d,\"desks\":%d,\"queued\":%d,\"done\":%d,"
                        + "\"failed\":%d,\"cancelled\":%d,\"notSettled\":%d,\"posts\":%d,\"duplicatePushes\":%d,"
                        + "\"siteFaults\":%d}%n",
                plan.workstations(),
                desks,
                pushes.queued(),
                pushes.state("done"),
                pushes.state("failed"),
                pushes.state("cancelled"),
                pushes.state("queued") + pushes.state("sending"),
                pushes.posts(),
                pushes.duplicatePushes(),
                pushes.faults());
        out.printf(
                "{\"measure\":\"newsroom activity\",\"workstations\":%d,\"reporters\":%d,\"desks\":%d,\"seconds\":%d,"
                        + "\"started\":%d,\"saves\":%d,\"submits\":%d,\"approvals\":%d,\"returns\":%d,"
                        + "\"articles\":%d,\"waitedForServer\":%d,\"refusedHere\":%d,\"failedHere\":%d,\"staleHere\":%d,"
                        + "\"keptAsRevision\":%d,\"refusedByServer\":%d,\"unseen\":%d,\"superseded\":%d,"
                        + "\"restartAt\":%s,\"restartSeconds\":%d,\"sawServerAway\":%d,\"madeWhileAway\":%d,"
                        + "\"medianOtherwise\":%s,\"p95Otherwise\":%s,\"p99Otherwise\":%s,"
                        + "\"copiesBehind\":%d,\"lineWarnings\":%d,\"lineWarningsOutsideRestart\":%d,\"waitingAfterSync\":%d,"
                        + "\"setupSeconds\":%s,\"finalSyncSeconds\":%s}%n",
                plan.workstations(),
                reporters,
                desks,
                plan.seconds(),
                floor.counted("start"),
                floor.counted("save"),
                floor.counted("submit"),
                floor.counted("approve"),
                floor.counted("return"),
                floor.lastWrites.articles(),
                floor.counted("waitedForServer"),
                floor.counted("refusedHere"),
                floor.counted("failedHere"),
                floor.counted("staleHere"),
                keptAsRevision,
                refusedByServer,
                unseen,
                floor.visibility.superseded(),
                number(restart.atSeconds()),
                restart.awaySeconds(),
                sawServerAway,
                millis.size() - otherwise.size(),
                number(Figures.median(otherwise)),
                number(Figures.percentile(otherwise, 95)),
                number(Figures.percentile(otherwise, 99)),
                copiesBehind,
                lineWarnings,
                lineWarningsOutsideRestart,
                waitingAfterSync,
                number(setupSeconds),
                number(finalSyncSeconds));
        out.flush();
    }

    void printTable(PrintWriter out, String firstWarning) {
        List<Double> millis = millis();
        List<Double> otherwise = millisOtherwise();
        out.printf(
                "newsroom visibility: a change on one workstation until another's copy holds it (%d workstations)%n"
                        + "  all changes           median %9.2f ms   p95 %9.2f ms   p99 %9.2f ms   (n=%d, %d never seen)%n"
                        + "  not made while away   median %9.2f ms   p95 %9.2f ms   p99 %9.2f ms   (n=%d)%n"
                        + "  lost updates %d (of %d articles), after a final sync of every workstation%n"
                        + "  copies behind the server after that sync: %d (workstation × article)%n"
                        + "  pushes: %d queued by %d desks, %d done, %d failed, %d not settled; the site holds %d posts,"
                        + " %d of them twice (duplicate pushes), after %d faults of its own%n",
                plan.workstations(),
                Figures.median(millis),
                Figures.percentile(millis, 95),
                Figures.percentile(millis, 99),
                millis.size(),
                unseen,
                Figures.median(otherwise),
                Figures.percentile(otherwise, 95),
                Figures.percentile(otherwise, 99),
                otherwise.size(),
                lostUpdates,
                floor.lastWrites.articles(),
                copiesBehind,
                pushes.queued(),
                desks,
                pushes.state("done"),
                pushes.state("failed"),
                pushes.state("queued") + pushes.state("sending"),
                pushes.posts(),
                pushes.duplicatePushes(),
                pushes.faults());
        out.printf(
                "  %d s, %d reporters, %d desk editors: %d articles started, %d saves, %d filed, %d approved,"
                        + " %d returned%n",
                plan.seconds(),
                reporters,
                desks,
                floor.counted("start"),
                floor.counted("save"),
                floor.counted("submit"),
                floor.counted("approve"),
                floor.counted("return"));
        out.printf(
                "  server restart at %.0f s for %d s: %d workstations saw it away, %d desk decisions waited for it;"
                        + " refused here %d, stale here %d, kept as revision %d, refused by the server %d%n"
                        + "  line warnings %d (%d outside the restart)%n",
                restart.atSeconds(),
                restart.awaySeconds(),
                sawServerAway,
                floor.counted("waitedForServer"),
                floor.counted("refusedHere"),
                floor.counted("staleHere"),
                keptAsRevision,
                refusedByServer,
                lineWarnings,
                lineWarningsOutsideRestart);
        out.printf(
                "  set up in %.1f s, final sync in %.1f s, %d changes waiting after it%n",
                setupSeconds, finalSyncSeconds, waitingAfterSync);
        if (floor.firstFailure() != null) {
            out.printf("  %d steps failed; the first: %s%n", floor.counted("failedHere"), floor.firstFailure());
        }
        if (restart.failed() != null) {
            out.printf("  the restart failed: %s%n", restart.failed().getMessage());
        }
        unseenLines.stream().limit(10).forEach(line -> out.printf("  never seen: %s%n", line));
        if (firstWarning != null) {
            out.printf("  first line warning: %s%n", firstWarning);
        }
        out.flush();
    }
}

package org.byline.bench;

import static org.byline.bench.NewsroomBench.number;

import java.io.PrintWriter;
import java.util.List;

/**
 * What one newsroom run found, printed as the other measurements print (a readable table) or, with
 * {@code --json}, one JSON object a line: the visibility figures with the lost updates first, then
 * what the simulated people did, which says how much load those figures were measured under.
 * Duplicate pushes are not among them: this bench pushes to no site, and prints no number it did
 * not measure.
 */
record NewsroomResult(
        NewsroomBench.Plan plan,
        int reporters,
        int desks,
        List<Double> millis,
        int lostUpdates,
        Floor floor,
        int unseen,
        int sawServerAway,
        int keptAsRevision,
        int refusedByServer,
        int waitingAfterSync,
        int lineWarnings,
        Restart restart,
        double setupSeconds,
        double finalSyncSeconds) {

    void printJson(PrintWriter out) {
        out.printf(
                "{\"measure\":\"newsroom visibility\",\"unit\":\"ms\",\"workstations\":%d,\"median\":%s,"
                        + "\"p95\":%s,\"p99\":%s,\"n\":%d,\"lostUpdates\":%d}%n",
                plan.workstations(),
                number(Figures.median(millis)),
                number(Figures.percentile(millis, 95)),
                number(Figures.percentile(millis, 99)),
                millis.size(),
                lostUpdates);
        out.printf(
                "{\"measure\":\"newsroom activity\",\"workstations\":%d,\"reporters\":%d,\"desks\":%d,\"seconds\":%d,"
                        + "\"started\":%d,\"saves\":%d,\"submits\":%d,\"approvals\":%d,\"returns\":%d,"
                        + "\"articles\":%d,\"refusedHere\":%d,\"staleHere\":%d,\"keptAsRevision\":%d,"
                        + "\"refusedByServer\":%d,\"unseen\":%d,\"superseded\":%d,\"restartAt\":%s,"
                        + "\"restartSeconds\":%d,\"sawServerAway\":%d,\"lineWarnings\":%d,\"waitingAfterSync\":%d,"
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
                floor.counted("refusedHere"),
                floor.counted("staleHere"),
                keptAsRevision,
                refusedByServer,
                unseen,
                floor.visibility.superseded(),
                number(restart.atSeconds()),
                restart.awaySeconds(),
                sawServerAway,
                lineWarnings,
                waitingAfterSync,
                number(setupSeconds),
                number(finalSyncSeconds));
        out.flush();
    }

    void printTable(PrintWriter out, String firstWarning) {
        out.printf(
                "newsroom visibility: a change on one workstation until another's copy holds it (%d workstations)%n"
                        + "  median %9.2f ms   p95 %9.2f ms   p99 %9.2f ms   (n=%d, %d never seen)%n"
                        + "  lost updates %d (of %d articles), after a final sync of every workstation%n"
                        + "  duplicate pushes: not measured (this bench pushes to no site)%n",
                plan.workstations(),
                Figures.median(millis),
                Figures.percentile(millis, 95),
                Figures.percentile(millis, 99),
                millis.size(),
                unseen,
                lostUpdates,
                floor.lastWrites.articles());
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
                "  server restart at %.0f s for %d s: %d workstations saw it away; refused here %d, stale here %d,"
                        + " kept as revision %d, refused by the server %d, line warnings %d%n",
                restart.atSeconds(),
                restart.awaySeconds(),
                sawServerAway,
                floor.counted("refusedHere"),
                floor.counted("staleHere"),
                keptAsRevision,
                refusedByServer,
                lineWarnings);
        out.printf(
                "  set up in %.1f s, final sync in %.1f s, %d changes waiting after it%n",
                setupSeconds, finalSyncSeconds, waitingAfterSync);
        if (restart.failed() != null) {
            out.printf("  the restart failed: %s%n", restart.failed().getMessage());
        }
        if (firstWarning != null) {
            out.printf("  first line warning: %s%n", firstWarning);
        }
        out.flush();
    }
}

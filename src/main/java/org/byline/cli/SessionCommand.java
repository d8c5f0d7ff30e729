package org.byline.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that works on the store starts with, written once instead of in each command:
 * the run's {@link Session}, the global options (so {@code --data-dir}, {@code --lang} and
 * {@code --debug} work after any command's name) and picocli's writers. Picocli finds the
 * annotated fields of a superclass too; {@link Cli}'s factory still calls each command's
 * {@code (Session)} constructor.
 */
abstract class SessionCommand implements Callable<Integer> {
    protected final Session session;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    SessionCommand(Session session) {
        this.session = session;
    }

    /** Where results go: ids, paths, tables (what a script reads). */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where reports and refusals go, so stdout stays fit for a script. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

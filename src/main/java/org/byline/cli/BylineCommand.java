package org.byline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code byline} with no command opens the window; with one, runs it and exits. */
@Command(
        name = "byline",
        mixinStandardHelpOptions = true,
        version = "Byline 0.1",
        description = "Newsroom editor. Without a command, opens the window.",
        subcommands = {
            PeopleCommand.class,
            NewCommand.class,
            EditCommand.class,
            ListCommand.class,
            ShowCommand.class,
            SearchCommand.class,
            SettingsCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            LintCommand.class,
            StyleCommand.class,
            AttachCommand.class,
            PhotosCommand.class,
            DetachCommand.class,
            SubmitCommand.class,
            ApproveCommand.class,
            ReturnCommand.class,
            SpikeCommand.class,
            UnspikeCommand.class,
            PublishCommand.class,
            EmbargoCommand.class,
            HistoryCommand.class,
            RevisionsCommand.class,
            KeepCommand.class,
            DiffCommand.class,
            RevertCommand.class,
            LockCommand.class,
            UnlockCommand.class,
            LocksCommand.class,
            SectionsCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            SitesCommand.class,
            PushCommand.class,
            OutboxCommand.class,
            NewsroomCommand.class,
            SyncCommand.class
        })
public final class BylineCommand implements Runnable {
    @Mixin
    GlobalOptions global;

    @Override
    public void run() {
        // Main opens the window when no command is named; nothing to do here.
    }
}

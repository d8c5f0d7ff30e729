package org.byline.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help}: the command's usage on standard output, exit 0. */
final class HelpOption {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit")
    boolean requested;
}

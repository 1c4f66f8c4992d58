package dev.sessioninspector.cli;

import dev.sessioninspector.ui.GuiLauncher;
import dev.sessioninspector.ui.GuiOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code session-inspector}: with no command, opens the GUI on the built-in demo shop. Its subcommands are added by
 * {@link Cli}, only the one named on the command line when there is one (picocli reflects over every command it
 * is given, which costs start-up time).
 */
@Command(name = "session-inspector",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Shows how a web site really handles its sessions.")
final class RootCommand implements Callable<Integer> {
    @picocli.CommandLine.Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "On a failure, print the stack trace after the one-line message.")
    boolean debug;

    @Override
    public Integer call() {
        GuiLauncher.launch(guiOptions());
        return ExitCodes.OK;
    }

    /** What {@code gui} with no options would open: picocli fills in the defaults its annotations declare. */
    static GuiOptions guiOptions() {
        GuiCommand gui = new GuiCommand();
        new CommandLine(gui).parseArgs();
        return gui.options();
    }
}

package dev.sessioninspector.cli;

import dev.sessioninspector.model.AppVersion;

/**
 * The way into the command line from {@code Main}. {@code --version} alone is answered here, without picocli, whose
 * reflection over the commands is most of a short run's start-up; everything else goes to {@link Cli}.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            for (String line : AppVersion.describe()) {
                System.out.println(line);
            }
            return ExitCodes.OK;
        }
        return Cli.run(args);
    }
}

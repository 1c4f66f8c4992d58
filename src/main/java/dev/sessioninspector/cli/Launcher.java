package dev.sessioninspector.cli;

import dev.sessioninspector.model.AppVersion;
import java.nio.file.Path;

/**
 * The way into the command line from {@code Main}. Two short runs are answered here, without picocli, whose loading
 * and reflection over the commands is most of their start-up: {@code --version} alone, and
 * {@code entropy --bits BITS_FILE [--format text|json]} ({@link BitsReport}). Everything else, and any failure of the
 * fast {@code entropy --bits} (so that its message and exit code are picocli's), goes to {@link Cli}.
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
        BitsArguments bits = BitsArguments.of(args);
        if (bits != null) {
            String report;
            try {
                report = BitsReport.of(Path.of(bits.file()), bits.json());
            } catch (RuntimeException e) {
                return Cli.run(args);
            }
            System.out.print(report.endsWith("\n") ? report : report + "\n");
            System.out.flush();
            return ExitCodes.OK;
        }
        return Cli.run(args);
    }

    /**
     * {@code entropy --bits FILE}, with {@code --format text|json} before or after, and nothing else; null for any
     * other arguments (a value that looks like an option or an {@code @argument-file} included).
     */
    record BitsArguments(String file, boolean json) {
        static BitsArguments of(String... args) {
            if ((args.length != 3 && args.length != 5) || !args[0].equals("entropy")) {
                return null;
            }
            String file = null;
            String format = null;
            for (int i = 1; i < args.length; i += 2) {
                String value = args[i + 1];
                if (value.startsWith("-") || value.startsWith("@")) { // an option, or picocli's @argument-file
                    return null;
                } else if (args[i].equals("--bits") && file == null) {
                    file = value;
                } else if (args[i].equals("--format") && format == null) {
                    format = value.toLowerCase(java.util.Locale.ROOT);
                } else {
                    return null;
                }
            }
            boolean json = "json".equals(format);
            return file == null || !(format == null || json || format.equals("text")) ? null
                    : new BitsArguments(file, json);
        }
    }
}

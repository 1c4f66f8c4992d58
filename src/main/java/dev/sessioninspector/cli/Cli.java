package dev.sessioninspector.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import picocli.CommandLine;

/** Builds the command line and maps every failure to the design's exit codes with one line on stderr. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getCommandName() + ": " + oneLine(ex));
            err.flush();
            return exitCodeFor(ex);
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(ex.getCommandLine().getCommandName() + ": " + ex.getMessage()
                    + " (see --help)");
            err.flush();
            return ExitCodes.USAGE;
        });
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static int exitCodeFor(Throwable ex) {
        if (ex instanceof InputException || ex instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.RUNTIME;
    }

    /** The message of the root cause, or its type when it has none, on one line. */
    static String oneLine(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && t.getCause() != t
                && (t instanceof UncheckedIOException || t.getMessage() == null)) {
            t = t.getCause();
        }
        String msg = t.getMessage();
        if (t instanceof ConnectException) {
            msg = "target unreachable: " + (msg == null ? "connection refused" : msg);
        } else if (t instanceof UnknownHostException) {
            msg = "unknown host: " + msg;
        }
        if (msg == null || msg.isBlank()) {
            msg = t.getClass().getSimpleName();
        }
        return msg.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}

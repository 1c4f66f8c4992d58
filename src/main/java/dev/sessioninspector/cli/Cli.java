package dev.sessioninspector.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.List;
import picocli.CommandLine;

/** Builds the command line and maps every failure to the design's exit codes with one line on stderr. */
public final class Cli {
    private Cli() {
    }

    /** The subcommands, in the order help lists them. */
    static final List<String> COMMANDS = List.of("gui", "demo", "scan", "analyze", "export", "sample", "entropy");

    /** The command line with every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for these arguments: with only the subcommand {@code args[0]} names, when it names one
     * (the others are never loaded), else with all of them (help, the GUI's options).
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new RootCommand());
        for (String name : COMMANDS) {
            if (first == null || !COMMANDS.contains(first) || first.equals(name)) {
                cl.addSubcommand(command(name));
            }
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return configure(cl);
    }

    /**
     * Installs the failure handling on {@code cl}: every exception, and every {@link Error} (a stack overflow,
     * running out of memory), becomes one line on stderr and its exit code; {@code --debug} adds the trace.
     */
    static CommandLine configure(CommandLine cl) {
        CommandLine.IExecutionStrategy runLast = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            try {
                return runLast.execute(parseResult);
            } catch (CommandLine.ExecutionException | CommandLine.ParameterException e) {
                throw e;
            } catch (Error e) {
                throw new CommandLine.ExecutionException(lastCommand(parseResult), "internal error", new FatalError(e));
            }
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            Throwable shown = ex instanceof CommandLine.ExecutionException && ex.getCause() instanceof FatalError f
                    ? f : ex;
            err.println(commandLine.getCommandName() + ": " + oneLine(shown));
            if (debug(parseResult)) {
                (shown instanceof FatalError ? shown.getCause() : shown).printStackTrace(err);
            }
            err.flush();
            return exitCodeFor(shown);
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

    private static CommandLine lastCommand(CommandLine.ParseResult parseResult) {
        List<CommandLine> list = parseResult.asCommandLineList();
        return list.get(list.size() - 1);
    }

    private static boolean debug(CommandLine.ParseResult parseResult) {
        return parseResult != null && parseResult.asCommandLineList().stream()
                .anyMatch(c -> c.getParseResult() != null && c.getParseResult().hasMatchedOption("--debug"));
    }

    /** An {@link Error} thrown by a command, carried to the handler as an exception. */
    private static final class FatalError extends RuntimeException {
        FatalError(Error error) {
            super(describe(error), error);
        }

        private static String describe(Error error) {
            String what = error instanceof OutOfMemoryError ? "out of memory"
                    : error instanceof StackOverflowError ? "stack overflow" : error.getClass().getSimpleName();
            String detail = error.getMessage() == null || error.getMessage().isBlank() ? "" : " (" + error.getMessage() + ")";
            return "internal error: " + what + detail + "; nothing more was written (--debug shows the trace)";
        }
    }

    public static int run(String... args) {
        return commandLine(args.length > 0 ? args[0] : null).execute(args);
    }

    private static Object command(String name) {
        return switch (name) {
            case "gui" -> new GuiCommand();
            case "demo" -> new DemoCommand();
            case "scan" -> new ScanCommand();
            case "analyze" -> new AnalyzeCommand();
            case "export" -> new ExportCommand();
            case "sample" -> new SampleCommand();
            case "entropy" -> new EntropyCommand();
            default -> throw new IllegalArgumentException(name);
        };
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
        if (t instanceof FatalError) {
            return t.getMessage();
        }
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

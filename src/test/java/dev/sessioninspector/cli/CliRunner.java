package dev.sessioninspector.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * Runs the command line as a user would, keeping what it writes to standard output and standard error. What
 * several runs write adds up, unless {@link #runAlone} (or {@link #clear}) starts afresh.
 */
final class CliRunner {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Supplier<CommandLine> commandLine;

    /** Runs the application's command line. */
    CliRunner() {
        this(Cli::commandLine);
    }

    /** Runs a command line of the test's own (made afresh for every run). */
    CliRunner(Supplier<CommandLine> commandLine) {
        this.commandLine = commandLine;
    }

    /** Runs one command line and returns its exit code; its output is added to {@link #out} and {@link #err}. */
    int run(String... args) {
        CommandLine cl = commandLine.get();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** As {@link #run}, after forgetting what earlier runs wrote: {@link #out} and {@link #err} are this run's. */
    int runAlone(String... args) {
        clear();
        return run(args);
    }

    /** Forgets what earlier runs wrote. */
    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    /** What the runs wrote to standard output. */
    String out() {
        return out.toString();
    }

    /** What the runs wrote to standard error. */
    String err() {
        return err.toString();
    }
}

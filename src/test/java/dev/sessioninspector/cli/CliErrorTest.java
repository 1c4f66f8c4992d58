package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** An {@link Error} thrown by a command reaches the user as one line and exit 3; {@code --debug} adds the trace. */
class CliErrorTest {
    @Command(name = "tool", subcommands = Failing.class)
    static final class Root implements Callable<Integer> {
        @Option(names = "--debug", scope = ScopeType.INHERIT)
        boolean debug;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Option(names = "--kind")
        String kind = "stack";

        @Override
        public Integer call() {
            if (kind.equals("memory")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return recurse(0);
        }

        private int recurse(int depth) {
            return recurse(depth + 1) + 1;
        }
    }

    private final CliRunner cli = new CliRunner(() -> Cli.configure(new CommandLine(new Root())));

    @Test
    void aStackOverflowIsOneLineAndExitThree() {
        assertThat(cli.run("fail")).isEqualTo(ExitCodes.RUNTIME);
        assertThat(cli.err().strip().lines()).singleElement().asString()
                .startsWith("fail: internal error: stack overflow").contains("--debug");
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitThree() {
        assertThat(cli.run("fail", "--kind", "memory")).isEqualTo(ExitCodes.RUNTIME);
        assertThat(cli.err().strip()).isEqualTo("fail: internal error: out of memory (Java heap space); "
                + "nothing more was written (--debug shows the trace)");
    }

    @Test
    void debugPrintsTheTraceAfterTheLine() {
        assertThat(cli.run("fail", "--kind", "memory", "--debug")).isEqualTo(ExitCodes.RUNTIME);
        assertThat(cli.err().lines().toList()).hasSizeGreaterThan(2);
        assertThat(cli.err()).contains("java.lang.OutOfMemoryError: Java heap space").contains("at dev.sessioninspector");
    }

    @Test
    void theRealCommandLineTakesDebugOnEverySubcommand() {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("entropy", "--debug", "no-such-file.txt")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().lines().findFirst().orElseThrow()).startsWith("entropy: ");
    }
}

package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code demo}'s input errors (its happy path runs until Ctrl-C and is covered by the demo package's tests). */
class DemoCommandTest {

    @Test
    void anUnknownProfileIsAUsageError() {
        Run r = run("demo", "--profile", "medium");
        assertThat(r.code).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err).isEqualTo("demo: unknown profile 'medium' (use weak or hardened)\n");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Run r = run("demo", "--port", "70000");
        assertThat(r.code).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err).contains("--port must be between 0 and 65535");
    }

    @Test
    void aBusyPortIsARuntimeFailureWithOneClearLine() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            Run r = run("demo", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(r.code).isEqualTo(ExitCodes.RUNTIME);
            assertThat(r.err).startsWith("demo: cannot listen on 127.0.0.1:" + taken.getLocalPort()).endsWith("\n");
            assertThat(r.err.strip()).doesNotContain("\n");
        }
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Cli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute(args);
        return new Run(code, err.toString());
    }
}

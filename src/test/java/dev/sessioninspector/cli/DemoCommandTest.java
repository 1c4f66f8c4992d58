package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code demo}'s input errors (its happy path runs until Ctrl-C and is covered by the demo package's tests). */
class DemoCommandTest {
    private final CliRunner cli = new CliRunner();

    @Test
    void anUnknownProfileIsAUsageError() {
        assertThat(cli.run("demo", "--profile", "medium")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).isEqualTo("demo: unknown profile 'medium' (use weak or hardened)\n");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(cli.run("demo", "--port", "70000")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--port must be between 0 and 65535");
    }

    @Test
    void aBusyPortIsARuntimeFailureWithOneClearLine() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            assertThat(cli.run("demo", "--port", Integer.toString(taken.getLocalPort()))).isEqualTo(ExitCodes.RUNTIME);
            assertThat(cli.err()).startsWith("demo: cannot listen on 127.0.0.1:" + taken.getLocalPort()).endsWith("\n");
            assertThat(cli.err().strip()).doesNotContain("\n");
        }
    }
}

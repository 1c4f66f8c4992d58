package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.AppVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The fast {@code --version} says what picocli's would, and a named subcommand's line holds only that command. */
class LauncherTest {
    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void theFastVersionIsPicoclisVersion(String flag) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(Launcher.run(flag)).isEqualTo(ExitCodes.OK);
        } finally {
            System.setOut(saved);
        }
        StringWriter picocli = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(picocli));
        assertThat(cl.execute(flag)).isEqualTo(ExitCodes.OK);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(AppVersion.describe())
                .containsExactlyElementsOf(picocli.toString().lines().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gui", "demo", "scan", "analyze", "export", "sample", "entropy"})
    void aNamedSubcommandIsTheOnlyOneBuilt(String name) {
        assertThat(Cli.commandLine(name).getSubcommands()).containsOnlyKeys(name);
        assertThat(Cli.commandLine("--help").getSubcommands()).containsOnlyKeys(Cli.COMMANDS.toArray(String[]::new));
    }
}

package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.AppVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast {@code --version} says what picocli's would, and a named subcommand's line holds only that command. */
class LauncherTest {
    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void theFastVersionIsPicoclisVersion(String flag) {
        Run fast = Run.launcher(flag);
        Run picocli = Run.picocli(flag);
        assertThat(fast.code).isEqualTo(picocli.code).isEqualTo(ExitCodes.OK);
        assertThat(fast.out.lines()).containsExactly(AppVersion.describe())
                .containsExactlyElementsOf(picocli.out.lines().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gui", "demo", "scan", "analyze", "export", "sample", "entropy"})
    void aNamedSubcommandIsTheOnlyOneBuilt(String name) {
        assertThat(Cli.commandLine(name).getSubcommands()).containsOnlyKeys(name);
        assertThat(Cli.commandLine("--help").getSubcommands()).containsOnlyKeys(Cli.COMMANDS.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void theFastBitsReportIsPicoclis(String format, @TempDir Path dir) throws Exception {
        StringBuilder bits = new StringBuilder();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            bits.append(random.nextBoolean() ? '1' : '0').append(i % 100 == 99 ? "\n" : "");
        }
        Path file = Files.writeString(dir.resolve("bits.txt"), bits);
        String[] args = format.equals("text") ? new String[] {"entropy", "--bits", file.toString()}
                : new String[] {"entropy", "--format", "JSON", "--bits", file.toString()};
        assertThat(Launcher.BitsArguments.of(args)).isNotNull();
        Run fast = Run.launcher(args);
        Run picocli = Run.picocli(args);
        assertThat(fast.code).isEqualTo(picocli.code).isEqualTo(ExitCodes.OK);
        assertThat(fast.out).isEqualTo(picocli.out).contains("50000", "monobit");
        assertThat(fast.err).isEmpty();
    }

    @Test
    void aBadBitsFileGetsPicoclisMessageAndExitCode(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "0101 0110\n01x1");
        for (Path file : new Path[] {bad, dir.resolve("missing.txt"), Files.writeString(dir.resolve("e.txt"), " \n")}) {
            String[] args = {"entropy", "--bits", file.toString()};
            Run fast = Run.launcher(args);
            Run picocli = Run.picocli(args);
            assertThat(fast.code).as(file.toString()).isEqualTo(picocli.code).isEqualTo(ExitCodes.USAGE);
            assertThat(fast.err).isEqualTo(picocli.err).startsWith("entropy: ").contains(file.toString());
            assertThat(fast.out).isEmpty();
        }
    }

    @Test
    void onlyThePlainBitsCommandTakesTheFastPath() {
        assertThat(Launcher.BitsArguments.of("entropy", "--bits", "f", "--format", "text"))
                .isEqualTo(new Launcher.BitsArguments("f", false));
        for (String[] args : new String[][] {{"entropy", "f"}, {"entropy", "--bits", "f", "--debug"},
            {"entropy", "--bits", "f", "--format", "xml"}, {"entropy", "--bits", "@args"},
            {"entropy", "--bits", "--help"}, {"entropy", "--bits", "f", "--bits", "g"},
            {"entropy", "--bits", "f", "--format", "json", "x"}, {"analyze", "--bits", "f"}}) {
            assertThat(Launcher.BitsArguments.of(args)).as(String.join(" ", args)).isNull();
        }
    }

    /** A run's exit code, standard output and standard error. */
    private record Run(int code, String out, String err) {
        static Run launcher(String... args) {
            PrintStream out = System.out;
            PrintStream err = System.err;
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            int code;
            try {
                System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
                code = Launcher.run(args);
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        }

        static Run picocli(String... args) {
            CliRunner cli = new CliRunner();
            int code = cli.run(args);
            return new Run(code, cli.out(), cli.err());
        }
    }
}

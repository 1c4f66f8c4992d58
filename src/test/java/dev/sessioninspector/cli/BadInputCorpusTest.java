package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}): broken HARs, flows, token files, bit files and
 * project files, each run through the CLI in-process. Each must give exactly its expected lines on stderr, no
 * stack trace, and its exit code; the input file must be left as it was.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @TempDir
    Path dir;

    static Stream<Arguments> cases() throws IOException {
        return Files.readAllLines(CORPUS.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String[] f = line.split("\t", -1);
                    assertThat(f).as("4 tab-separated fields: %s", line).hasSize(4);
                    return Arguments.of(f[0], f[1], Integer.parseInt(f[2]), f[3]);
                });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void eachBadInputGivesItsLinesAndExitCode(String file, String command, int exit, String expected) throws Exception {
        try (Stream<Path> all = Files.list(CORPUS)) {
            all.forEach(p -> copy(p, dir.resolve(p.getFileName())));
        }
        Path input = dir.resolve(file).toAbsolutePath().normalize();
        byte[] before = Files.readAllBytes(input);
        String[] args = Arrays.stream(command.split(" "))
                .map(a -> a.replace("{file}", input.toString()).replace("{dir}", dir.toString())).toArray(String[]::new);

        CliRunner cli = new CliRunner();
        int code = cli.run(args);

        List<String> lines = cli.err().lines().toList();
        assertThat(lines).as("stderr of %s", command)
                .containsExactly(expected.replace("{file}", input.toString()).split("\\|"));
        assertThat(code).as("exit code of %s", command).isEqualTo(exit);
        assertThat(Files.readAllBytes(input)).as("%s is left as it was", file).isEqualTo(before);
        assertThat(dir.resolve("out")).as("no reports written").doesNotExist();
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

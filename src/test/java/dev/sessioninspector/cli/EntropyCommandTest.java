package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntropyCommandTest {
    @TempDir
    Path dir;
    private final CliRunner cli = new CliRunner();

    @Test
    void aHugeLineIsOneLineAndExitTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("huge.txt"), "x".repeat(10 * 1024 * 1024) + "\n");
        assertThat(cli.run("entropy", file.toString())).isEqualTo(2);
        assertThat(cli.err().strip()).doesNotContain("\n").contains("huge.txt").contains("token 1 is 10,485,760 "
                + "characters long; entropy analyses tokens of up to 8,192 characters");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void md5OfACounterIsJudgedPredictableWithTheGeneratorNamed() throws Exception {
        List<String> lines = new ArrayList<>();
        java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
        for (int i = 5000; i < 5200; i++) {
            lines.add(HexFormat.of().formatHex(md5.digest(Integer.toString(i).getBytes())));
        }
        Path file = Files.write(dir.resolve("md5.txt"), lines);
        assertThat(cli.run("entropy", file.toString(), "--format", "json")).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("structure").get("hashed").asText()).isEqualTo("hashed_counter");
        assertThat(json.get("verdict").get("predictable").asBoolean()).isTrue();
        assertThat(json.get("verdict").get("reasons").get(0).asText()).contains("md5 of a decimal counter",
                "md5(\"5200\")");
    }

    @Test
    void tokenModeWritesTheDesignJson() throws Exception {
        SecureRandom r = new SecureRandom();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[16];
            r.nextBytes(b);
            lines.add(HexFormat.of().formatHex(b));
        }
        lines.add("");
        Path file = Files.write(dir.resolve("tokens.txt"), lines);
        assertThat(cli.run("entropy", file.toString(), "--format", "json")).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("samples").asInt()).isEqualTo(300);
        JsonNode p0 = json.get("positions").get(0);
        assertThat(p0.get("charsetSize").asInt()).isEqualTo(16);
        assertThat(p0.get("maxBits").asDouble()).isEqualTo(4.0);
        assertThat(p0.has("shannonBits")).isTrue();
        assertThat(p0.get("uniformityPValue").isNumber()).isTrue();
        assertThat(json.get("effectiveEntropyBits").fieldNames()).toIterable()
                .containsExactly("0.001%", "0.01%", "0.1%", "1%", "10%");
        assertThat(json.get("structure").get("encoding").asText()).isEqualTo("hex");
        assertThat(json.get("structure").get("counter").asBoolean()).isFalse();
        assertThat(json.get("verdict").get("tooShort").asBoolean()).isFalse();
        assertThat(json.get("bitLevel").get("bits").asInt()).isEqualTo(128);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void bitsModeWritesTheNistAndFipsKeys() throws Exception {
        StringBuilder bits = new StringBuilder();
        SecureRandom r = new SecureRandom();
        for (int i = 0; i < 45_000; i++) {
            bits.append(r.nextBoolean() ? '1' : '0').append(i % 80 == 79 ? "\n" : "");
        }
        Path file = Files.writeString(dir.resolve("bits.txt"), bits);
        assertThat(cli.run("entropy", "--bits", file.toString(), "--format", "json")).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.get("bits").asInt()).isEqualTo(45_000);
        JsonNode nist = json.get("nist");
        assertThat(nist.fieldNames()).toIterable().containsExactly("frequency", "blockFrequency", "runs",
                "longestRunOfOnes", "binaryMatrixRank", "discreteFourierTransform", "serial", "approximateEntropy",
                "cumulativeSums");
        assertThat(nist.get("frequency").get("pValue").isNumber()).isTrue();
        assertThat(nist.get("cumulativeSums").get("pValue")).hasSize(2);
        assertThat(nist.get("serial").get("pValue").isNull()).isTrue(); // m=16 needs 2^19 bits
        assertThat(nist.get("serial").get("note").asText()).contains("m=16");
        JsonNode fips = json.get("fips140_2");
        assertThat(fips.get("blocks").asInt()).isEqualTo(2);
        assertThat(fips.fieldNames()).toIterable().contains("monobitFailures", "pokerFailures", "runsFailures",
                "longRunFailures");
    }

    @Test
    void textModeSummarisesTheVerdict() throws Exception {
        List<String> counter = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            counter.add(Integer.toString(100_000 + i));
        }
        Path file = Files.write(dir.resolve("t.txt"), counter);
        assertThat(cli.run("entropy", file.toString())).isEqualTo(0);
        assertThat(cli.out()).startsWith("WEAK: predictable").contains("counter:").contains("Effective entropy:");
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n  \n");
        assertThat(cli.run("entropy", empty.toString())).isEqualTo(2);
        assertThat(cli.err().strip()).isEqualTo("entropy: tokens file " + empty + " has no tokens");
        assertThat(cli.out()).isEmpty();

        Path bad = Files.writeString(dir.resolve("bad.txt"), "0101 0110\n01x1");
        assertThat(cli.runAlone("entropy", "--bits", bad.toString())).isEqualTo(2);
        assertThat(cli.err().strip()).contains("'x' at offset 12").doesNotContain("\n");

        Path huge = dir.resolve("huge.txt"); // sparse: no disk is used
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertThat(cli.runAlone("entropy", "--bits", huge.toString())).isEqualTo(2);
        assertThat(cli.err().strip()).contains("is 3,221,225,472 bytes; the battery reads up to").doesNotContain("\n");

        assertThat(cli.runAlone("entropy", dir.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("cannot read tokens file").contains("no such file");

        assertThat(cli.runAlone("entropy")).isEqualTo(2);
        assertThat(cli.err()).contains("either a TOKENS_FILE or --bits");
    }
}

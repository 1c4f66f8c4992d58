package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12 §2: digests of counters, clocks and previous tokens are judged predictable, the generator named. */
class HashStructureTest {
    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    static byte[] hash(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static StructureFinding only(TokenAnalysis a, StructureFinding.Kind kind) {
        assertThat(a.verdict().predictable()).as("predictable").isTrue();
        assertThat(a.verdict().estimatedRandomBits()).isLessThanOrEqualTo(10);
        assertThat(a.effectiveEntropyAt(0.01)).isLessThanOrEqualTo(10);
        return a.structure().findings().stream().filter(f -> f.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + a.structure().findings()));
    }

    @Test
    void md5OfADecimalCounterIsPredictableWithTheNextValue() {
        List<String> tokens = Generators.tokens(2000, i -> hex(hash("MD5", Integer.toString(5000 + i))));
        StructureFinding f = only(TokenAnalyzer.analyze(tokens), StructureFinding.Kind.HASHED_COUNTER);
        assertThat(f.description()).contains("md5 of a decimal counter", "2000 of 2000", "md5(\"5000\")",
                "the next is md5(\"7000\") = " + hex(hash("MD5", "7000")));
    }

    @Test
    void sha1OfASmallCounterInAScanIsCaughtToo() {
        List<String> tokens = Generators.tokens(4, i -> hex(hash("SHA-1", Integer.toString(17 + 2 * i))));
        StructureFinding f = only(TokenAnalyzer.analyze(tokens), StructureFinding.Kind.HASHED_COUNTER);
        assertThat(f.description()).contains("sha1 of a decimal counter", "sha1(\"17\")", "sha1(\"24\")");
    }

    @Test
    void sha256OfAZeroPaddedCounterInBase64Url() {
        List<String> tokens = Generators.tokens(500, i -> Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hash("SHA-256", String.format("%08d", 123_456 + 3 * i))));
        StructureFinding f = only(TokenAnalyzer.analyze(tokens), StructureFinding.Kind.HASHED_COUNTER);
        assertThat(f.description()).contains("zero-padded to 8 digits", "sha256(\"00123456\")");
    }

    @Test
    void sha1OfEpochSecondsNearTheIssueTime() {
        // one token every 1.5 s over 50 minutes, as a sampler at a modest rate collects them
        List<String> tokens = Generators.tokens(2000, i -> hex(hash("SHA-1",
                Long.toString(T0.plusMillis(1500L * i).getEpochSecond()))));
        Instant end = T0.plusMillis(1500L * 2000);
        StructureFinding f = only(TokenAnalyzer.analyze(tokens, new IssueWindow(T0, end), JsonObjectReader.NONE),
                StructureFinding.Kind.HASHED_CLOCK);
        assertThat(f.description()).contains("sha1 of the clock in epoch seconds", "2000 of 2000",
                "sha1(\"" + T0.getEpochSecond() + "\")");
        // without knowing when they were issued, nothing is claimed about a clock
        assertThat(TokenAnalyzer.analyze(tokens).structure().has(StructureFinding.Kind.HASHED_CLOCK)).isFalse();
    }

    @Test
    void md5OfEpochMillisecondsInBase64() {
        List<String> tokens = Generators.tokens(300, i -> Base64.getEncoder()
                .encodeToString(hash("MD5", Long.toString(T0.toEpochMilli() + 37L * i))));
        StructureFinding f = only(TokenAnalyzer.analyze(tokens, IssueWindow.endingAt(T0.plusSeconds(60)), JsonObjectReader.NONE),
                StructureFinding.Kind.HASHED_CLOCK);
        assertThat(f.description()).contains("md5 of the clock in epoch milliseconds", "300 of 300");
    }

    @Test
    void aHashChainNamesTheNextToken() {
        List<String> tokens = new ArrayList<>();
        String t = "seed";
        for (int i = 0; i < 200; i++) {
            t = hex(hash("SHA-256", t));
            tokens.add(t);
        }
        StructureFinding f = only(TokenAnalyzer.analyze(tokens), StructureFinding.Kind.HASH_CHAIN);
        assertThat(f.description()).contains("sha256 hash chain", "199 of 199",
                "the next token is " + hex(hash("SHA-256", t)));
    }

    @Test
    void randomDigestsOfRandomInputsAreNotHashedStructure() {
        var r = Generators.secure(11);
        List<String> tokens = Generators.tokens(2000, i -> hex(hash("MD5", Long.toString(r.nextLong()))));
        TokenAnalysis a = TokenAnalyzer.analyze(tokens, IssueWindow.endingAt(T0), JsonObjectReader.NONE);
        assertThat(a.structure().findings()).noneMatch(f -> f.kind().hashed());
        assertThat(a.verdict().predictable()).isFalse();
    }
}

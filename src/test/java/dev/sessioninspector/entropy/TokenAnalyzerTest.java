package dev.sessioninspector.entropy;

import static dev.sessioninspector.entropy.Generators.secure;
import static dev.sessioninspector.entropy.Generators.tokens;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The acceptance cases: known-bad generators are flagged, SecureRandom 128-bit IDs pass. */
class TokenAnalyzerTest {
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void secureRandom128BitHexIdsPass(long seed) {
        TokenAnalysis a = TokenAnalyzer.analyze(Generators.secureHex(2000, 16, seed));
        assertThat(a.structure().encoding()).isEqualTo(Encoding.HEX);
        assertThat(a.structure().findings()).isEmpty();
        assertThat(a.verdict().flagged()).as(a.verdict().reasons().toString()).isFalse();
        assertThat(a.verdict().estimatedRandomBits()).isCloseTo(128, within(1e-9));
        assertThat(a.rawBits()).isCloseTo(128, within(1e-9));
        assertThat(a.positions()).hasSize(32).allMatch(p -> p.alphabetSize() == 16 && p.bitsPerCharacter() == 4);
        assertThat(a.bits()).hasSize(128);
        assertThat(a.effectiveEntropyAt(0.00001)).isGreaterThanOrEqualTo(120);
        assertThat(a.effectiveEntropyAt(0.1)).isLessThanOrEqualTo(a.effectiveEntropyAt(0.01));
        assertThat(a.reliability().level()).isEqualTo(Reliability.Level.MODERATE);
    }

    @Test
    void secureRandom128BitBase64UrlIdsPassAndTheLastCharacterCarriesTwoBits() {
        TokenAnalysis a = TokenAnalyzer.analyze(Generators.secureBase64Url(3000, 16, 9));
        assertThat(a.structure().encoding()).isEqualTo(Encoding.BASE64URL);
        assertThat(a.positions()).hasSize(22);
        PositionStats last = a.positions().get(21);
        assertThat(last.alphabetSize()).isEqualTo(4);
        assertThat(last.characters()).isEqualTo("AQgw");
        assertThat(a.verdict().flagged()).as(a.verdict().reasons().toString()).isFalse();
        assertThat(a.verdict().estimatedRandomBits()).isCloseTo(128, within(1e-9));
    }

    @Test
    void aSmallSampleIsIndicativeButStillCountsTheFullAlphabet() {
        TokenAnalysis a = TokenAnalyzer.analyze(Generators.secureHex(60, 16, 4));
        assertThat(a.reliability().level()).isEqualTo(Reliability.Level.INDICATIVE);
        assertThat(a.reliability().note()).contains("Indicative only");
        assertThat(a.verdict().estimatedRandomBits()).isCloseTo(128, within(1e-9));
        assertThat(a.verdict().flagged()).isFalse();
    }

    @Test
    void aCounterIsFlagged() {
        TokenAnalysis a = TokenAnalyzer.analyze(tokens(500, i -> "SID" + String.format("%010d", 4_000_000 + i)));
        assertThat(a.structure().has(StructureFinding.Kind.COUNTER)).isTrue();
        assertThat(a.structure().wrappers()).anyMatch(w -> w.contains("constant prefix"));
        assertThat(a.verdict().predictable()).isTrue();
        assertThat(a.verdict().tooShort()).isTrue();
        assertThat(a.effectiveEntropyAt(0.01)).isLessThan(8);
    }

    @Test
    void aNearSequentialCounterFromConcurrentRequestsIsFlagged() {
        List<String> ids = new ArrayList<>(tokens(600, i -> Long.toHexString(0x5a000000L + 3L * i)));
        Random shuffle = new Random(1);
        for (int i = 0; i + 4 <= ids.size(); i += 4) {
            Collections.shuffle(ids.subList(i, i + 4), shuffle);
        }
        TokenAnalysis a = TokenAnalyzer.analyze(ids);
        assertThat(a.structure().has(StructureFinding.Kind.COUNTER)).isTrue();
        assertThat(a.verdict().predictable()).isTrue();
    }

    @Test
    void aTimestampPlusTwoRandomCharactersIsFlagged() {
        SecureRandom r = secure(5);
        long start = 1_760_000_000_000L;
        TokenAnalysis a = TokenAnalyzer.analyze(tokens(1000, i -> (start + 7L * i + r.nextInt(5))
                + "" + ALNUM.charAt(r.nextInt(62)) + ALNUM.charAt(r.nextInt(62))));
        assertThat(a.structure().has(StructureFinding.Kind.TIMESTAMP)).isTrue();
        assertThat(a.structure().findings()).anyMatch(f -> f.description().contains("milliseconds"));
        assertThat(a.verdict().predictable()).isTrue();
        assertThat(a.verdict().tooShort()).isTrue();
        assertThat(a.verdict().estimatedRandomBits()).isLessThan(20);
    }

    @Test
    void hexSecondsTimestampInsideATokenIsFound() {
        SecureRandom r = secure(6);
        TokenAnalysis a = TokenAnalyzer.analyze(tokens(400, i -> {
            byte[] tail = new byte[8];
            r.nextBytes(tail);
            return Long.toHexString(1_760_000_000L + i / 3) + java.util.HexFormat.of().formatHex(tail);
        }));
        assertThat(a.structure().findings()).anyMatch(f -> f.kind() == StructureFinding.Kind.TIMESTAMP
                && f.description().contains("characters 0-7") && f.description().contains("in seconds"));
        // the clock's high digits are a constant prefix, stripped before the per-position statistics
        assertThat(a.structure().wrappers()).anyMatch(w -> w.startsWith("constant prefix '68e7"));
        assertThat(a.verdict().flagged()).isTrue();
    }

    @Test
    void javaUtilRandom128BitHexIdsAreFlaggedThoughTheyLookRandom() {
        Random r = new Random(20240601L);
        TokenAnalysis a = TokenAnalyzer.analyze(tokens(2000, i -> String.format("%016x%016x", r.nextLong(),
                r.nextLong())));
        assertThat(a.structure().has(StructureFinding.Kind.JAVA_UTIL_RANDOM)).isTrue();
        assertThat(a.verdict().predictable()).isTrue();
        assertThat(a.verdict().estimatedRandomBits()).isLessThanOrEqualTo(48);
        assertThat(a.effectiveEntropyAt(0.01)).isLessThanOrEqualTo(48);
    }

    @Test
    void javaUtilRandomBigIntegerIdsAreFlagged() {
        Random r = new Random(System.nanoTime());
        TokenAnalysis a = TokenAnalyzer.analyze(tokens(300, i -> new BigInteger(130, r).toString(32)));
        assertThat(a.structure().encoding()).isEqualTo(Encoding.BASE32);
        assertThat(a.structure().has(StructureFinding.Kind.JAVA_UTIL_RANDOM)).isTrue();
        assertThat(a.verdict().predictable()).isTrue();
    }

    @Test
    void javaUtilRandomNextBytesIdsAreFlagged() {
        Random r = new Random(99);
        TokenAnalysis a = TokenAnalyzer.analyze(tokens(300, i -> {
            byte[] b = new byte[24];
            r.nextBytes(b);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        }));
        assertThat(a.structure().has(StructureFinding.Kind.JAVA_UTIL_RANDOM)).isTrue();
        assertThat(a.verdict().predictable()).isTrue();
    }

    @Test
    void javaUtilRandom32BitIdsIssuedOneAfterAnotherAreFlagged() {
        Random r = new Random(7);
        TokenAnalysis a = TokenAnalyzer.analyze(tokens(200, i -> String.format("%08x", r.nextInt())));
        assertThat(a.structure().has(StructureFinding.Kind.JAVA_UTIL_RANDOM)).isTrue();
        assertThat(a.verdict().tooShort()).isTrue();
    }

    @Test
    void thirtyTwoBitIdsAreTooShort() {
        SecureRandom r = secure(8);
        TokenAnalysis a = TokenAnalyzer.analyze(tokens(3000, i -> String.format("%08x", r.nextInt())));
        assertThat(a.verdict().tooShort()).isTrue();
        assertThat(a.verdict().estimatedRandomBits()).isCloseTo(32, within(1e-9));
        assertThat(a.verdict().reasons()).anyMatch(s -> s.contains("under the 128 bits"));
        assertThat(a.structure().findings()).isEmpty();
    }

    @Test
    void repeatedTokensAreFlaggedAndCapTheEstimate() {
        List<String> ids = new ArrayList<>(Generators.secureHex(300, 16, 10));
        ids.addAll(ids.subList(0, 30));
        TokenAnalysis a = TokenAnalyzer.analyze(ids);
        assertThat(a.structure().duplicates()).isEqualTo(30);
        assertThat(a.verdict().predictable()).isTrue();
        assertThat(a.verdict().reasons()).anyMatch(s -> s.contains("identical tokens"));
        assertThat(a.verdict().estimatedRandomBits()).isLessThan(20);
    }

    @Test
    void blankInputIsRejected() {
        assertThatThrownBy(() -> TokenAnalyzer.analyze(List.of(" ", ""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no tokens");
    }

    /** Found by InputFuzzTest: a first token decoding to more bytes than a later one was read past the later one's end. */
    @Test
    void tokensDecodingToDifferentByteCountsAreAnalysed() {
        TokenAnalysis a = TokenAnalyzer.analyze(List.of("a3f9c2e1b7d04f6a", "-1Secure", "a3f9c2e1b7d04f6a",
                "a3f9c2e1b7d04f6a", "a3f9c2e1Expires"));
        assertThat(a.samples()).isEqualTo(5);
        assertThat(a.verdict().predictable()).as("three of five the same").isTrue();
        assertThat(a.verdict().tooShort()).isTrue();
    }
}

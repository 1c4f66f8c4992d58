package dev.sessioninspector.entropy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises output of {@code java.util.Random}: a 48-bit linear congruential generator (multiplier
 * 0x5DEECE66D, increment 11) whose {@code next(32)} returns the state's top 32 bits. Two consecutive outputs
 * seen in a token pin down the state after at most 2¹⁶ guesses, and then every later token can be computed.
 *
 * <p>Looks for 32-bit words that are consecutive outputs, big-endian ({@code nextInt}, {@code nextLong},
 * allowing for {@code nextLong}'s carry from a negative low word) and little-endian ({@code nextBytes},
 * {@code new BigInteger(bits, random)}), at every byte offset inside tokens and between a token and the
 * next one. A layout counts only when it matches in at least three tokens (a chance match has odds of
 * 2⁻¹⁶ per try, so three are about 2⁻⁴⁸).
 */
final class LcgDetector {
    static final long MULTIPLIER = 0x5DEECE66DL;
    static final long INCREMENT = 0xBL;
    static final long MASK = (1L << 48) - 1;
    private static final int TOKENS_EXAMINED = 16;
    /** Real generator output matches in every token: give up when the first few show no repeat. */
    private static final int EARLY_EXIT_AFTER = 4;
    private static final int CONFIRMATIONS = 3;
    /** Byte offsets examined within a token (java.util.Random IDs are short; each offset costs 2¹⁶·3 steps). */
    static final int MAX_OFFSET = 256;

    private LcgDetector() {
    }

    static Optional<StructureFinding> detect(List<byte[]> tokens) {
        if (tokens == null || tokens.size() < CONFIRMATIONS) {
            return Optional.empty();
        }
        int examined = Math.min(tokens.size(), TOKENS_EXAMINED);
        Map<String, Integer> hits = new HashMap<>();
        for (int t = 0; t < examined; t++) {
            byte[] b = tokens.get(t);
            for (int off = 0; off + 8 <= Math.min(b.length, MAX_OFFSET + 8); off++) {
                for (boolean little : new boolean[] {false, true}) {
                    int w0 = word(b, off, little);
                    int w1 = word(b, off + 4, little);
                    for (int carry = 0; carry <= (little ? 0 : 1); carry++) {
                        if (consecutive(w0 + carry, w1)) {
                            String key = off + "/" + little + "/" + carry;
                            int n = hits.merge(key, 1, Integer::sum);
                            if (n >= CONFIRMATIONS) {
                                return Optional.of(finding(off, little, n, examined, false));
                            }
                        }
                    }
                }
            }
            if (t + 1 == EARLY_EXIT_AFTER && hits.values().stream().noneMatch(h -> h >= 2)) {
                break;
            }
        }
        int crossHits = 0;
        for (int t = 0; t + 1 < examined; t++) {
            if (t == EARLY_EXIT_AFTER && crossHits < 2) {
                break;
            }
            byte[] a = tokens.get(t);
            byte[] b = tokens.get(t + 1);
            if (a.length >= 4 && b.length >= 4) {
                int w0 = word(a, a.length - 4, false);
                int w1 = word(b, 0, false);
                if (consecutive(w0, w1) || consecutive(w0 + 1, w1)) {
                    crossHits++;
                    if (crossHits >= CONFIRMATIONS) {
                        return Optional.of(finding(0, false, crossHits, examined, true));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** True when some 48-bit state emits {@code first} and its successor emits {@code second}. */
    static boolean consecutive(int first, int second) {
        long high = (first & 0xFFFFFFFFL) << 16;
        for (long low = 0; low < 0x10000L; low++) {
            long next = ((high | low) * MULTIPLIER + INCREMENT) & MASK;
            if ((int) (next >>> 16) == second) {
                return true;
            }
        }
        return false;
    }

    private static int word(byte[] b, int off, boolean little) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int byteValue = b[little ? off + 3 - i : off + i] & 0xFF;
            v = (v << 8) | byteValue;
        }
        return v;
    }

    private static StructureFinding finding(int off, boolean little, int matches, int examined, boolean cross) {
        String where = cross ? "the last 4 bytes of one token and the first 4 of the next"
                : "bytes " + off + "-" + (off + 7) + " (" + (little ? "little-endian, nextBytes" : "big-endian, "
                        + "nextInt/nextLong") + ")";
        return StructureFinding.global(StructureFinding.Kind.JAVA_UTIL_RANDOM,
                "java.util.Random output: " + where + " are consecutive outputs of its 48-bit generator in "
                        + matches + " of the first " + examined + " tokens; one observed ID reveals the state, "
                        + "so every later ID can be computed (at most 48 bits of entropy)");
    }
}

package dev.sessioninspector.demo;

import java.util.OptionalLong;

/**
 * Recovers {@code java.util.Random}'s 48-bit state from one {@code nextLong()} output: the output shows the
 * top 32 bits of two consecutive states, so 2^16 guesses at the hidden bits of the first find the one state
 * that yields the second. The textbook reason {@code java.util.Random} must never make session IDs.
 */
final class JavaUtilRandomCracker {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private JavaUtilRandomCracker() {
    }

    /** The {@code nextLong()} that follows {@code observed} from the same generator. */
    static long nextLongAfter(long observed) {
        long state = stateAfter(observed).orElseThrow(() -> new IllegalArgumentException("not a Random output"));
        long s1 = step(state);
        long s2 = step(s1);
        return ((long) (int) (s1 >>> 16) << 32) + (int) (s2 >>> 16);
    }

    /** Whether {@code second} is what {@code java.util.Random} would produce right after {@code first}. */
    static boolean crackable(long first, long second) {
        return stateAfter(first).isPresent() && nextLongAfter(first) == second;
    }

    /** The generator state right after producing {@code observed}, if some state produces it. */
    private static OptionalLong stateAfter(long observed) {
        int low = (int) observed;
        long high = (observed - low) >> 32;
        for (long hidden = 0; hidden < (1 << 16); hidden++) {
            long first = ((high & 0xFFFFFFFFL) << 16) | hidden;
            long second = step(first);
            if ((int) (second >>> 16) == low) {
                return OptionalLong.of(second);
            }
        }
        return OptionalLong.empty();
    }

    private static long step(long state) {
        return (state * MULTIPLIER + ADDEND) & MASK;
    }
}

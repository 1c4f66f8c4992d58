package dev.sessioninspector.entropy;

import java.util.Arrays;

/**
 * The tokens' digests' first 8 bytes, for the millions of lookups {@link HashDetector} makes (almost all of them
 * misses). A bitmap of the keys' top {@value #FILTER_BITS} bits answers most misses with one memory read; the
 * rest, and every hit, go to a binary search of the sorted keys, so the worst case is the binary search alone
 * whatever the tokens are.
 */
final class DigestKeys {
    private static final int FILTER_BITS = 20;
    private final long[] sorted;
    private final long[] filter = new long[1 << (FILTER_BITS - 6)];

    DigestKeys(long[] keys) {
        sorted = keys.clone();
        Arrays.sort(sorted);
        for (long k : sorted) {
            int slot = (int) (k >>> (64 - FILTER_BITS));
            filter[slot >>> 6] |= 1L << slot;
        }
    }

    /** True when {@code digest}'s first 8 bytes are one of the keys. */
    boolean contains(byte[] digest) {
        long k = DigestCodec.key(digest);
        int slot = (int) (k >>> (64 - FILTER_BITS));
        return (filter[slot >>> 6] & (1L << slot)) != 0 && Arrays.binarySearch(sorted, k) >= 0;
    }

    /** How many different keys there are. */
    long distinct() {
        return Arrays.stream(sorted).distinct().count();
    }
}

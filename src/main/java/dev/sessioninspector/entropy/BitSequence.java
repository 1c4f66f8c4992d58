package dev.sessioninspector.entropy;

import java.util.Arrays;

/**
 * An immutable sequence of bits ε₁…εₙ, packed 64 to a {@code long}. Bit {@code i} (0-based, in the order
 * the tests read them) lives in word {@code i / 64} at bit {@code i % 64}.
 */
public final class BitSequence {
    private final long[] words;
    private final int length;

    private BitSequence(long[] words, int length) {
        this.words = words;
        this.length = length;
    }

    /**
     * Reads ASCII {@code 0} and {@code 1}; whitespace is ignored.
     *
     * @throws IllegalArgumentException naming the first other character and its offset
     */
    public static BitSequence parse(CharSequence text) {
        Builder b = new Builder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '0' || c == '1') {
                b.append(c - '0');
            } else if (!Character.isWhitespace(c)) {
                throw new IllegalArgumentException("character '" + printable(c) + "' at offset " + i
                        + " is not 0, 1 or whitespace");
            }
        }
        return b.build();
    }

    /**
     * The bits of a file of ASCII {@code 0}, {@code 1} and whitespace (the characters {@link #parse} accepts, as
     * bytes), scanned without decoding it; null when it holds any other byte (a BOM, a wrong character, UTF-8),
     * for {@link #parse} to read it as text.
     */
    public static BitSequence parseAscii(byte[] ascii) {
        long[] words = new long[Math.max(1, (ascii.length + 63) >>> 6)];
        int length = 0;
        long word = 0;
        for (byte c : ascii) {
            int bit = c - '0';
            if ((bit & ~1) == 0) {
                word |= (long) bit << (length & 63);
                if ((++length & 63) == 0) {
                    words[(length >>> 6) - 1] = word;
                    word = 0;
                }
            } else if (!(c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F))) {
                return null;
            }
        }
        if ((length & 63) != 0) {
            words[length >>> 6] = word;
        }
        return new BitSequence(Arrays.copyOf(words, Math.max(1, (length + 63) >>> 6)), length);
    }

    /** The bits of {@code bytes}, most significant bit of each byte first. */
    public static BitSequence ofBytes(byte[] bytes) {
        Builder b = new Builder(bytes.length * 8);
        for (byte value : bytes) {
            b.append(value & 0xFF, 8);
        }
        return b.build();
    }

    /** A sequence from 0/1 values. */
    public static BitSequence of(int... bits) {
        Builder b = new Builder(bits.length);
        for (int bit : bits) {
            if (bit != 0 && bit != 1) {
                throw new IllegalArgumentException("bits are 0 or 1, not " + bit);
            }
            b.append(bit);
        }
        return b.build();
    }

    public static Builder builder(int expectedLength) {
        return new Builder(expectedLength);
    }

    public int length() {
        return length;
    }

    /** The bit at {@code index}, 0 or 1. */
    public int bit(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("bit " + index + " of " + length);
        }
        return (int) (words[index >>> 6] >>> (index & 63)) & 1;
    }

    /**
     * The {@code count} bits from {@code from} (count ≤ 32) as a number, the first bit highest: what reading them one
     * by one and shifting in would give, from one or two words.
     */
    int bits(int from, int count) {
        if (from < 0 || count < 0 || count > 32 || from + count > length) {
            throw new IndexOutOfBoundsException(count + " bits at " + from + " of " + length);
        }
        if (count == 0) {
            return 0;
        }
        int word = from >>> 6;
        int shift = from & 63;
        long window = words[word] >>> shift;
        if (shift + count > 64) {
            window |= words[word + 1] << (64 - shift);
        }
        return Integer.reverse((int) window) >>> (32 - count);
    }

    /** Number of ones in the whole sequence. */
    public int countOnes() {
        return countOnes(0, length);
    }

    /** Number of ones in {@code [from, to)}. */
    public int countOnes(int from, int to) {
        if (from < 0 || to > length || from > to) {
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + length);
        }
        if (from == to) {
            return 0;
        }
        int first = from >>> 6;
        int last = (to - 1) >>> 6;
        long firstMask = -1L << (from & 63);
        long lastMask = -1L >>> (63 - ((to - 1) & 63));
        if (first == last) {
            return Long.bitCount(words[first] & firstMask & lastMask);
        }
        int count = Long.bitCount(words[first] & firstMask);
        for (int w = first + 1; w < last; w++) {
            count += Long.bitCount(words[w]);
        }
        return count + Long.bitCount(words[last] & lastMask);
    }

    /** Number of indices {@code i < n-1} with εᵢ ≠ εᵢ₊₁. */
    public int transitions() {
        if (length < 2) {
            return 0;
        }
        int count = 0;
        int lastWord = (length - 1) >>> 6;
        for (int w = 0; w <= lastWord; w++) {
            long next = w + 1 < words.length ? words[w + 1] : 0L;
            long diff = words[w] ^ ((words[w] >>> 1) | (next << 63));
            if (w == lastWord) {
                int valid = (length - 1) - (w << 6); // bits 0..valid-1 of this word compare inside the sequence
                diff = valid >= 64 ? diff : diff & ((1L << valid) - 1);
            }
            count += Long.bitCount(diff);
        }
        return count;
    }

    /** The first {@code n} bits. */
    public BitSequence prefix(int n) {
        if (n < 0 || n > length) {
            throw new IndexOutOfBoundsException("prefix " + n + " of " + length);
        }
        long[] copy = Arrays.copyOf(words, (n + 63) >>> 6);
        if ((n & 63) != 0) {
            copy[copy.length - 1] &= (1L << (n & 63)) - 1;
        }
        return new BitSequence(copy, n);
    }

    /** The packed words (shared, do not modify): for the tests in this package. */
    long[] words() {
        return words;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BitSequence other && other.length == length && Arrays.equals(other.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * length + Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(length, 64);
        for (int i = 0; i < shown; i++) {
            sb.append(bit(i));
        }
        if (shown < length) {
            sb.append("…(").append(length).append(" bits)");
        }
        return sb.toString();
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    /** Appends bits; {@link #build()} freezes them. */
    public static final class Builder {
        private long[] words;
        private int length;

        Builder(int expectedLength) {
            words = new long[Math.max(1, (expectedLength + 63) >>> 6)];
        }

        /** Appends one bit (0 or 1; other values use their lowest bit). */
        public Builder append(int bit) {
            if ((length >>> 6) == words.length) {
                words = Arrays.copyOf(words, words.length * 2);
            }
            if ((bit & 1) != 0) {
                words[length >>> 6] |= 1L << (length & 63);
            }
            length++;
            return this;
        }

        /** Appends the low {@code count} bits of {@code value}, most significant first. */
        public Builder append(long value, int count) {
            if (count < 0 || count > 64) {
                throw new IllegalArgumentException("count " + count);
            }
            for (int i = count - 1; i >= 0; i--) {
                append((int) (value >>> i) & 1);
            }
            return this;
        }

        public int length() {
            return length;
        }

        public BitSequence build() {
            return new BitSequence(Arrays.copyOf(words, Math.max(1, (length + 63) >>> 6)), length);
        }
    }
}

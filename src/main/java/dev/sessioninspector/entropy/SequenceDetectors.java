package dev.sessioninspector.entropy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds counters and embedded timestamps: numbers, read from a window of character positions (or of decoded
 * bytes), that advance in small steps from token to token, or that read as plausible clock values
 * (seconds, milliseconds, microseconds or nanoseconds since 1970, between 2000 and 2100, spanning at most
 * 400 days in the sample). Windows are taken from the start and, for tokens of varying length, from the end.
 * The first {@value #SAMPLE} tokens are examined.
 */
final class SequenceDetectors {
    static final int SAMPLE = 1000;
    private static final long MIN_SECONDS = 946_684_800L; // 2000-01-01
    private static final long MAX_SECONDS = 4_102_444_800L; // 2100-01-01
    private static final long MAX_SPAN_SECONDS = 400L * 86_400;
    private static final int[] HEX_DIGITS = digitTable("0123456789abcdef", "0123456789ABCDEF");
    private static final String[] UNITS = {"seconds", "milliseconds", "microseconds", "nanoseconds"};

    private SequenceDetectors() {
    }

    /**
     * Counter and timestamp findings (sample order preserved). Windows are read in {@code tokens} (the core
     * before its constant prefix was stripped, so a clock's constant high digits still count) and reported in
     * core positions, {@code prefixLength} to the left.
     */
    static List<StructureFinding> detect(List<String> tokens, int prefixLength, EncodingDetector.Detected detected,
            List<byte[]> bytes) {
        List<StructureFinding> found = detectIn(tokens, detected, bytes);
        List<StructureFinding> out = new ArrayList<>(found.size());
        for (StructureFinding f : found) {
            out.add(f.from() < 0 || f.fromEnd() ? f : new StructureFinding(f.kind(), Math.max(0, f.from() - prefixLength),
                    Math.max(0, f.to() - prefixLength), false, f.description()));
        }
        return out;
    }

    private static List<StructureFinding> detectIn(List<String> core, EncodingDetector.Detected detected,
            List<byte[]> bytes) {
        List<String> sample = core.subList(0, Math.min(core.size(), SAMPLE));
        List<StructureFinding> out = new ArrayList<>();
        if (sample.size() < 5 || detected.encoding() == Encoding.OTHER) {
            return out;
        }
        int radix = detected.alphabet().length();
        int maxDigits = 18; // a window's value must fit in 62 bits: 18 decimal digits, fewer in larger radices
        int minLen = sample.stream().mapToInt(String::length).min().orElse(0);
        int maxLen = sample.stream().mapToInt(String::length).max().orElse(0);
        boolean[] fromEndOptions = minLen == maxLen ? new boolean[] {false} : new boolean[] {false, true};
        boolean[] covered = new boolean[maxLen + 1];
        Columns fromStart = Columns.of(sample, minLen, false);
        Columns fromEndColumns = Columns.of(sample, minLen, true);
        // timestamps first (a clock also advances in small steps), widest window first
        for (boolean fromEnd : fromEndOptions) {
            for (int width = Math.min(maxDigits, minLen); width >= 4; width--) {
                for (int start = 0; start + width <= minLen; start++) {
                    if (covered[start] || covered[start + width - 1]
                            || foreign(sample.get(0), detected.alphabet(), start, width, fromEnd)) {
                        continue;
                    }
                    Columns columns = fromEnd ? fromEndColumns : fromStart;
                    if (width * Math.log(columns.radix(start, width, radix)) / Math.log(2) > 62) {
                        continue;
                    }
                    long[] v = values(sample, detected.alphabet(), start, width, fromEnd, columns);
                    String unit = clockUnit(v);
                    if (unit != null) {
                        out.add(new StructureFinding(StructureFinding.Kind.TIMESTAMP, start, start + width, fromEnd,
                                "characters " + range(start, width, fromEnd) + " read as a clock in " + unit
                                        + " (" + instant(v[0], unit) + " … " + instant(max(v), unit)
                                        + "): part of the ID is the time it was issued"));
                        Arrays.fill(covered, start, start + width, true);
                    }
                }
            }
        }
        if (bytes != null && out.isEmpty() && detected.encoding() != Encoding.HEX) {
            int samples = Math.min(bytes.size(), SAMPLE);
            // tokens of different lengths decode to different byte counts: only the common prefix is read
            int width = bytes.subList(0, samples).stream().mapToInt(b -> b.length).min().orElse(0);
            for (int len = 8; len >= 4 && out.isEmpty(); len--) {
                for (int off = 0; off + len <= width && out.isEmpty(); off++) {
                    long[] v = new long[samples];
                    for (int i = 0; i < v.length; i++) {
                        for (int k = 0; k < len; k++) {
                            v[i] = (v[i] << 8) | (bytes.get(i)[off + k] & 0xFF);
                        }
                    }
                    String unit = clockUnit(v);
                    if (unit != null) {
                        out.add(StructureFinding.global(StructureFinding.Kind.TIMESTAMP, "decoded bytes " + off + "-"
                                + (off + len - 1) + " read as a clock in " + unit + " (" + instant(v[0], unit)
                                + "): part of the ID is the time it was issued"));
                    }
                }
            }
        }
        for (boolean fromEnd : fromEndOptions) {
            for (int width = Math.min(maxDigits, minLen); width >= 1; width--) {
                for (int start = 0; start + width <= minLen; start++) {
                    if (covered[start] || covered[start + width - 1]
                            || foreign(sample.get(0), detected.alphabet(), start, width, fromEnd)) {
                        continue;
                    }
                    Columns columns = fromEnd ? fromEndColumns : fromStart;
                    int windowRadix = columns.radix(start, width, radix);
                    if (width * Math.log(windowRadix) / Math.log(2) > 62) {
                        continue;
                    }
                    long[] v = values(sample, detected.alphabet(), start, width, fromEnd, columns);
                    if (isCounter(v, Math.pow(windowRadix, width))) {
                        out.add(new StructureFinding(StructureFinding.Kind.COUNTER, start, start + width, fromEnd,
                                "characters " + range(start, width, fromEnd) + " count up from token to token ("
                                        + v[0] + ", " + v[1] + ", " + v[2] + " …): the next IDs can be guessed"));
                        Arrays.fill(covered, start, start + width, true);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The window's numbers: read in decimal when every character in it is a digit, in hexadecimal when every one
     * is a hex digit, otherwise in the encoding's own radix.
     */
    private static long[] values(List<String> sample, String alphabet, int start, int width, boolean fromEnd,
            Columns columns) {
        boolean digits = columns.digits(start, width);
        boolean hex = columns.hex(start, width);
        int radix = digits ? 10 : hex ? 16 : alphabet.length();
        int[] digitOf = hex && !digits ? HEX_DIGITS : digitTable(digits ? "0123456789" : alphabet);
        long[] v = new long[sample.size()];
        for (int i = 0; i < v.length; i++) {
            String t = sample.get(i);
            int from = fromEnd ? t.length() - start - width : start;
            long value = 0;
            for (int k = 0; k < width; k++) {
                char c = t.charAt(from + k);
                value = value * radix + (c < digitOf.length ? digitOf[c] : 0);
            }
            v[i] = value;
        }
        return v;
    }

    /** Each character's digit value in {@code alphabets} (0 for characters in none of them, as before). */
    private static int[] digitTable(String... alphabets) {
        int max = 0;
        for (String a : alphabets) {
            for (int i = 0; i < a.length(); i++) {
                max = Math.max(max, a.charAt(i));
            }
        }
        int[] table = new int[max + 1];
        for (String a : alphabets) {
            for (int i = a.length() - 1; i >= 0; i--) {
                table[a.charAt(i)] = i;
            }
        }
        return table;
    }

    /**
     * Which character columns (counted from the start or from the end) hold only decimal digits, or only hex
     * digits, in every token: prefix counts, so a window's radix costs O(1).
     */
    private record Columns(int[] nonDigits, int[] nonHex) {
        static Columns of(List<String> sample, int length, boolean fromEnd) {
            int[] nonDigits = new int[length + 1];
            int[] nonHex = new int[length + 1];
            for (int p = 0; p < length; p++) {
                boolean digit = true;
                boolean hex = true;
                for (String t : sample) {
                    char c = t.charAt(fromEnd ? t.length() - 1 - p : p);
                    digit &= c >= '0' && c <= '9';
                    hex &= Character.digit(c, 16) >= 0;
                }
                nonDigits[p + 1] = nonDigits[p] + (digit ? 0 : 1);
                nonHex[p + 1] = nonHex[p] + (hex ? 0 : 1);
            }
            return new Columns(nonDigits, nonHex);
        }

        /** Columns of the window: {@code start..start+width-1} from the start, or that many from the end. */
        private int count(int[] prefix, int start, int width) {
            return prefix[start + width] - prefix[start];
        }

        boolean digits(int start, int width) {
            return count(nonDigits, start, width) == 0;
        }

        boolean hex(int start, int width) {
            return count(nonHex, start, width) == 0;
        }

        int radix(int start, int width, int radix) {
            return digits(start, width) ? 10 : hex(start, width) ? Math.min(16, radix) : radix;
        }
    }

    /** True when the window holds a character that is neither a digit nor in the alphabet (e.g. a prefix's). */
    private static boolean foreign(String t, String alphabet, int start, int width, boolean fromEnd) {
        int from = fromEnd ? t.length() - start - width : start;
        for (int k = 0; k < width; k++) {
            char c = t.charAt(from + k);
            if (!Character.isDigit(c) && alphabet.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A counter: at least 80 % of successive differences are small (0 &lt; |d| ≤ 64) and at least 60 % positive,
     * in a window that holds at least 1,000 values (so small steps are no accident); or the values, almost all
     * distinct, fill a span below 64·n in a window that holds over 1,024·n values, or below 4·n in one that holds
     * over 16·n (a counter sampled by concurrent requests arrives out of order).
     */
    static boolean isCounter(long[] v, double capacity) {
        int n = v.length;
        if (n < 5 || capacity < 1000) {
            return false;
        }
        int small = 0;
        int positive = 0;
        for (int i = 0; i + 1 < n; i++) {
            long d = v[i + 1] - v[i];
            if (d != 0 && Math.abs(d) <= 64) {
                small++;
            }
            if (d > 0) {
                positive++;
            }
        }
        if (small >= 0.8 * (n - 1) && positive >= 0.6 * (n - 1)) {
            return true;
        }
        if (capacity < 16.0 * n) {
            return false;
        }
        long[] sorted = v.clone();
        Arrays.sort(sorted);
        long span = sorted[n - 1] - sorted[0];
        if (span >= 64L * n) {
            return false;
        }
        long distinct = 1;
        for (int i = 1; i < n; i++) {
            distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
        }
        if (distinct >= 0.9 * n && span < 4L * n && capacity >= 16.0 * n) {
            return true; // a counter read out of order (concurrent requests): a dense block of distinct values
        }
        return capacity >= 1024.0 * n && distinct >= 0.9 * n && span < 64L * n;
    }

    /**
     * The clock unit the values read as, or null: 95 % in 2000–2100, a span of at most 400 days, and time moving
     * forward (at least 80 % of successive values not decreasing; a wider window that drags random digits in
     * behind a clock fails this).
     */
    static String clockUnit(long[] v) {
        int forward = 0;
        for (int i = 0; i + 1 < v.length; i++) {
            forward += v[i + 1] >= v[i] ? 1 : 0;
        }
        if (forward < 0.8 * (v.length - 1)) {
            return null;
        }
        for (int u = 0; u < UNITS.length; u++) {
            long scale = (long) Math.pow(1000, u);
            int plausible = 0;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (long x : v) {
                long seconds = x / scale;
                if (seconds >= MIN_SECONDS && seconds <= MAX_SECONDS) {
                    plausible++;
                    min = Math.min(min, seconds);
                    max = Math.max(max, seconds);
                }
            }
            if (plausible >= 0.95 * v.length && max - min <= MAX_SPAN_SECONDS) {
                return UNITS[u];
            }
        }
        return null;
    }

    private static String instant(long value, String unit) {
        int u = Arrays.asList(UNITS).indexOf(unit);
        long scale = (long) Math.pow(1000, u);
        return Instant.ofEpochSecond(value / scale).toString();
    }

    private static long max(long[] v) {
        return Arrays.stream(v).max().orElse(0);
    }

    private static String range(int start, int width, boolean fromEnd) {
        return fromEnd ? (start == 0 ? "the last " + width : width + " ending " + start + " before the end")
                : start + "-" + (start + width - 1);
    }
}

package dev.sessioninspector.analysis.rules;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a handful of token values show by themselves, without a statistical sample: an upper bound on their
 * random content (length times the bits of the smallest alphabet they fit), a counter, or a clock reading.
 */
final class TokenShape {
    private static final Pattern DIGITS = Pattern.compile("^(\\d{10,13})");
    private static final Pattern HEX_PREFIX = Pattern.compile("^([0-9a-fA-F]{8,11})");
    private static final Duration CLOCK_WINDOW = Duration.ofDays(2);
    private static final long MAX_STEP = 1000;

    private TokenShape() {
    }

    /** The size of the smallest common alphabet that holds every character of the values. */
    static int alphabet(List<String> values) {
        boolean digit = false;
        boolean lowerHex = false;
        boolean upperHex = false;
        boolean lower = false;
        boolean upper = false;
        boolean urlSafe = false;
        boolean b64 = false;
        boolean other = false;
        for (String v : values) {
            for (char c : stripPadding(v).toCharArray()) {
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if (c >= 'a' && c <= 'f') {
                    lowerHex = true;
                } else if (c >= 'A' && c <= 'F') {
                    upperHex = true;
                } else if (c >= 'a' && c <= 'z') {
                    lower = true;
                } else if (c >= 'A' && c <= 'Z') {
                    upper = true;
                } else if (c == '-' || c == '_') {
                    urlSafe = true;
                } else if (c == '+' || c == '/') {
                    b64 = true;
                } else {
                    other = true;
                }
            }
        }
        if (other) {
            return 95;
        }
        if (urlSafe || b64) {
            return 64;
        }
        boolean anyLower = lower || lowerHex;
        boolean anyUpper = upper || upperHex;
        if (anyLower && anyUpper) {
            return 62;
        }
        if (lower || upper) {
            return 36;
        }
        if (lowerHex || upperHex) {
            return 16;
        }
        return digit ? 10 : 1;
    }

    /** The most random bits any of the values could hold: the longest length times log2 of the alphabet. */
    static double maxBits(List<String> values) {
        int longest = values.stream().mapToInt(v -> stripPadding(v).length()).max().orElse(0);
        return longest * (Math.log(alphabet(values)) / Math.log(2));
    }

    private static String stripPadding(String v) {
        int end = v.length();
        while (end > 0 && v.charAt(end - 1) == '=') {
            end--;
        }
        return v.substring(0, end);
    }

    /**
     * A counter: at least two values, all decimal or all hex numbers, each a small step (1..1000) from the
     * previous one, in the order they were issued. Empty when the values do not count.
     */
    static Optional<String> counter(List<String> valuesInOrder) {
        if (valuesInOrder.size() < 2) {
            return Optional.empty();
        }
        List<String> decimal = numberParts(valuesInOrder, "[^0-9]");
        List<String> hex = numberParts(valuesInOrder, "[^0-9a-fA-F]");
        int radix = decimal.stream().allMatch(v -> v.matches("\\d{1,40}")) ? 10
                : hex.stream().allMatch(v -> v.matches("[0-9a-fA-F]{1,40}")) ? 16 : 0;
        if (radix == 0) {
            return Optional.empty();
        }
        BigInteger prev = null;
        int sign = 0;
        for (String v : radix == 10 ? decimal : hex) {
            BigInteger n = new BigInteger(v, radix);
            if (prev != null) {
                BigInteger step = n.subtract(prev);
                int s = step.signum();
                if (s == 0 || step.abs().compareTo(BigInteger.valueOf(MAX_STEP)) > 0 || (sign != 0 && s != sign)) {
                    return Optional.empty();
                }
                sign = s;
            }
            prev = n;
        }
        return Optional.of("the values count " + (sign > 0 ? "up" : "down") + " in small steps ("
                + String.join(", ", valuesInOrder.stream().limit(5).toList())
                + (valuesInOrder.size() > 5 ? ", …" : "") + (radix == 16 ? ", hex" : "") + ")");
    }

    /**
     * The values without the prefix and suffix they all share that hold no digit of the radix ({@code SESS} of
     * {@code SESS100001}, {@code .node0} of Jetty's IDs), so a counter behind a fixed label is still seen.
     */
    static List<String> numberParts(List<String> values, String nonDigit) {
        String first = values.get(0);
        int pre = 0;
        while (pre < first.length() && String.valueOf(first.charAt(pre)).matches(nonDigit)) {
            pre++;
        }
        int suf = 0;
        while (suf < first.length() - pre
                && String.valueOf(first.charAt(first.length() - 1 - suf)).matches(nonDigit)) {
            suf++;
        }
        String prefix = first.substring(0, pre);
        String suffix = first.substring(first.length() - suf);
        List<String> out = new java.util.ArrayList<>();
        for (String v : values) {
            if (v.length() < pre + suf || !v.startsWith(prefix) || !v.endsWith(suffix)) {
                return values;
            }
            out.add(v.substring(pre, v.length() - suf));
        }
        return out;
    }

    /** A clock reading: the value starts with the time it was issued, in seconds or milliseconds. */
    static Optional<String> clock(String value, Instant issued) {
        Matcher d = DIGITS.matcher(value);
        if (d.find()) {
            Optional<String> r = near(new BigInteger(d.group(1)), issued, "decimal");
            if (r.isPresent()) {
                return r;
            }
        }
        Matcher h = HEX_PREFIX.matcher(value);
        if (h.find()) {
            String hex = h.group(1);
            for (int len : new int[] {11, 8}) {
                if (hex.length() >= len) {
                    Optional<String> r = near(new BigInteger(hex.substring(0, len), 16), issued, "hex");
                    if (r.isPresent()) {
                        return r;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> near(BigInteger n, Instant issued, String form) {
        if (n.bitLength() > 62) {
            return Optional.empty();
        }
        long v = n.longValue();
        long ms = issued.toEpochMilli();
        long window = CLOCK_WINDOW.toMillis();
        if (Math.abs(v - ms) <= window) {
            return Optional.of("starts with the issue time in milliseconds (" + form + " " + v + ")");
        }
        if (v > 100_000_000L && v < 100_000_000_000L && Math.abs(v * 1000 - ms) <= window) {
            return Optional.of("starts with the issue time in seconds (" + form + " " + v + ")");
        }
        return Optional.empty();
    }
}

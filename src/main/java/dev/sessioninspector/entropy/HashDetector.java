package dev.sessioninspector.entropy;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Structure before statistics: tokens that are an MD5, SHA-1 or SHA-256 digest (hex in either case, base64 or
 * base64url, padded or not) of something guessable look perfectly random to every statistical test. This finds
 * three such generators by hashing candidates and looking the digests up among the tokens':
 * <ul>
 * <li>a counter: decimal integers, plain and zero-padded to 4–12 digits. Candidates step by a stride of a
 * sixteenth of the distinct tokens, so a counter that issued them meets a multiple of it; the first match is
 * then confirmed by hashing the values around it;</li>
 * <li>a clock: epoch seconds or milliseconds within the window the tokens were issued in ({@link IssueWindow}), at
 * most the window's last week of seconds and last 20 minutes of milliseconds;</li>
 * <li>a hash chain: each token the digest of the one before (of its text or of its decoded bytes).</li>
 * </ul>
 * A digest match is certain (a chance match has probability 2⁻⁶⁴ per lookup), so three matching tokens (or
 * every token of a smaller sample) are enough. The finding names the generator and predicts the next token.
 */
public final class HashDetector {
    /** Digests computed for the counter search, plain decimal. */
    static final int PLAIN_BUDGET = 1 << 21;
    /** Digests computed per zero-padded width. */
    static final int PADDED_BUDGET = 1 << 17;
    /** Milliseconds searched at most (the end of the window). */
    static final long MAX_MILLIS = 20L * 60 * 1000;
    /** Seconds searched at most (the end of the window): a week. */
    static final long MAX_SECONDS = 7L * 24 * 3600;
    private static final int MIN_PAD = 4;
    private static final int MAX_PAD = 12;
    private static final int CONFIRMATIONS = 3;
    /** Candidates per chunk of a parallel search. */
    private static final long CHUNK = 1 << 15;
    private static final long MAX_CHUNKS = 1 << 12;

    private HashDetector() {
    }

    /** Where a hash generator was found. */
    enum Generator {
        COUNTER, CLOCK, CHAIN
    }

    /** A digest algorithm and how the tokens print its output. */
    private record Form(String algorithm, DigestCodec codec) {
        MessageDigest digest() {
            try {
                return MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
            }
        }

        String label() {
            return algorithm.toLowerCase(Locale.ROOT).replace("-", "");
        }
    }

    /** The hash generator behind {@code tokens}, if any ({@code window} null: no clock search). */
    public static Optional<StructureFinding> detect(List<String> tokens, IssueWindow window) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Optional<DigestCodec> codec = DigestCodec.of(tokens);
        if (codec.isEmpty()) {
            return Optional.empty();
        }
        DigestCodec c = codec.get();
        String algorithm = switch (c.bytes()) {
            case 16 -> "MD5";
            case 20 -> "SHA-1";
            default -> "SHA-256";
        };
        Form form = new Form(algorithm, c);
        DigestKeys keys = c.keys(tokens);
        Optional<StructureFinding> chain = chain(tokens, form);
        if (chain.isPresent()) {
            return chain;
        }
        Optional<StructureFinding> counter = counter(tokens, form, keys);
        if (counter.isPresent() || window == null) {
            return counter;
        }
        return clock(tokens, form, keys, window);
    }

    private static Optional<StructureFinding> chain(List<String> tokens, Form form) {
        if (tokens.size() < 2) {
            return Optional.empty();
        }
        MessageDigest md = form.digest();
        int ofText = 0;
        int ofBytes = 0;
        int pairs = tokens.size() - 1;
        for (int i = 0; i < pairs; i++) {
            byte[] next = form.codec().decode(tokens.get(i + 1));
            ofText += Arrays.equals(md.digest(ascii(tokens.get(i))), next) ? 1 : 0;
            ofBytes += Arrays.equals(md.digest(form.codec().decode(tokens.get(i))), next) ? 1 : 0;
        }
        int matches = Math.max(ofText, ofBytes);
        if (matches < Math.min(CONFIRMATIONS, pairs)) {
            return Optional.empty();
        }
        boolean text = ofText >= ofBytes;
        String last = tokens.get(tokens.size() - 1);
        String next = form.codec().encode(md.digest(text ? ascii(last) : form.codec().decode(last)));
        return Optional.of(finding(Generator.CHAIN, form.label() + " hash chain: each token is the " + form.label()
                + " of the previous one's " + (text ? "text" : "bytes") + " (" + matches + " of " + pairs
                + " successive pairs); the next token is " + next));
    }

    private static Optional<StructureFinding> counter(List<String> tokens, Form form, DigestKeys keys) {
        long distinct = keys.distinct();
        long stride = Math.max(1, distinct / 16);
        // plain decimal, then each zero-padded width; the first width with a match wins, at its lowest value
        Hits hit = search(form, keys, 0, 0, stride * PLAIN_BUDGET, stride, true);
        int width = 0;
        for (int w = MIN_PAD; w <= MAX_PAD && hit.count() == 0; w++) {
            // a value with all w digits reads the same padded or not, and the plain search (same stride, further)
            // found none: only those with leading zeros are new
            long limit = Math.min(pow10(w), stride * PADDED_BUDGET);
            hit = search(form, keys, w, 0, Math.min(limit, pow10(w - 1)), stride, true);
            width = w;
        }
        if (hit.count() == 0) {
            return Optional.empty();
        }
        long seed = hit.first();
        long reach = Math.max(64, 16 * distinct);
        // every value around the first match, up to the width's last value
        long end = width == 0 ? seed + reach + 1 : Math.min(seed + reach + 1, pow10(width));
        Hits around = search(form, keys, width, Math.max(0, seed - reach), end, 1, false);
        long matches = around.count();
        long first = around.first();
        long last = around.last();
        if (matches < Math.min(CONFIRMATIONS, distinct)) {
            return Optional.empty();
        }
        String what = width == 0 ? "a decimal counter" : "a counter zero-padded to " + width + " digits";
        String predicted = format(last + 1, width);
        String next = form.codec().encode(form.digest().digest(ascii(predicted)));
        return Optional.of(finding(Generator.COUNTER, form.label() + " of " + what + ": " + matches + " of "
                + tokens.size() + " tokens are " + form.label() + "(\"" + format(first, width) + "\") … "
                + form.label() + "(\"" + format(last, width) + "\"); the next is " + form.label() + "(\"" + predicted
                + "\") = " + next));
    }

    private static Optional<StructureFinding> clock(List<String> tokens, Form form, DigestKeys keys, IssueWindow w) {
        long toSeconds = w.to().getEpochSecond() + 3600;
        long fromSeconds = Math.max(w.from().getEpochSecond() - 3600, toSeconds - MAX_SECONDS);
        long toMillis = w.to().toEpochMilli() + 60_000;
        long fromMillis = Math.max(w.from().toEpochMilli() - 60_000, toMillis - MAX_MILLIS);
        record Found(long value, boolean millis, long matches, long last) {
        }
        List<Found> found = new ArrayList<>();
        for (boolean millis : new boolean[] {false, true}) {
            Hits h = millis ? search(form, keys, 0, fromMillis, toMillis + 1, 1, false)
                    : search(form, keys, 0, fromSeconds, toSeconds + 1, 1, false);
            if (h.count() > 0 && h.count() >= Math.min(CONFIRMATIONS, tokens.size())) {
                found.add(new Found(h.first(), millis, h.count(), h.last()));
                break; // the seconds, when they match, are the finding
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Found f = found.get(0);
        String unit = f.millis() ? "milliseconds" : "seconds";
        Instant at = f.millis() ? Instant.ofEpochMilli(f.value()) : Instant.ofEpochSecond(f.value());
        long nextValue = f.last() + 1;
        String next = form.codec().encode(form.digest().digest(ascii(Long.toString(nextValue))));
        return Optional.of(finding(Generator.CLOCK, form.label() + " of the clock in epoch " + unit + ": " + f.matches()
                + " of " + tokens.size() + " tokens are " + form.label() + "(\"" + f.value() + "\") (" + at
                + ") and other times of issue; a token issued one " + (f.millis() ? "millisecond" : "second")
                + " after the last is " + form.label() + "(\"" + nextValue + "\") = " + next));
    }

    /** How many candidates matched a token's digest, and the lowest and highest that did. */
    private record Hits(long count, long first, long last) {
        static final Hits NONE = new Hits(0, -1, -1);

        Hits plus(Hits later) {
            return count == 0 ? later : later.count == 0 ? this : new Hits(count + later.count, first, later.last);
        }
    }

    /**
     * Looks up the digest of each value {@code from, from + step, …} below {@code to}, written in decimal
     * zero-padded to {@code width}, among the tokens. The values are cut into chunks searched on every core;
     * with {@code firstOnly} the search ends at the lowest matching value (later chunks give up once an
     * earlier one has matched), so the result does not depend on the threads' timing.
     */
    private static Hits search(Form form, DigestKeys keys, int width, long from, long to, long step,
            boolean firstOnly) {
        long steps = to <= from ? 0 : (to - from + step - 1) / step;
        int chunks = (int) Math.max(1, Math.min(MAX_CHUNKS, (steps + CHUNK - 1) / CHUNK));
        long perChunk = (steps + chunks - 1) / chunks;
        AtomicInteger firstMatch = new AtomicInteger(Integer.MAX_VALUE);
        Hits[] parts = new Hits[chunks];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            MessageDigest md = form.digest();
            byte[] text = new byte[24];
            byte[] out = new byte[md.getDigestLength()];
            long count = 0;
            long first = -1;
            long last = -1;
            for (long i = c * perChunk, end = Math.min(steps, (c + 1) * perChunk); i < end; i++) {
                if (firstOnly && firstMatch.get() < c) {
                    break;
                }
                long v = from + i * step;
                if (keys.contains(digest(md, text, decimal(v, width, text), out))) {
                    count++;
                    first = count == 1 ? v : first;
                    last = v;
                    if (firstOnly) {
                        firstMatch.accumulateAndGet(c, Math::min);
                        break;
                    }
                }
            }
            parts[c] = count == 0 ? Hits.NONE : new Hits(count, first, last);
        });
        Hits all = Hits.NONE;
        for (Hits h : parts) {
            all = all.plus(h);
            if (firstOnly && all.count() > 0) {
                break;
            }
        }
        return all;
    }

    private static StructureFinding finding(Generator generator, String description) {
        StructureFinding.Kind kind = switch (generator) {
            case COUNTER -> StructureFinding.Kind.HASHED_COUNTER;
            case CLOCK -> StructureFinding.Kind.HASHED_CLOCK;
            case CHAIN -> StructureFinding.Kind.HASH_CHAIN;
        };
        return StructureFinding.global(kind, description + ": anyone who knows the scheme can compute IDs");
    }

    private static byte[] digest(MessageDigest md, byte[] text, int len, byte[] out) {
        md.update(text, 0, len);
        try {
            md.digest(out, 0, out.length);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Writes {@code v} in decimal, zero-padded to {@code width} (0: none), into {@code out}; its length. */
    static int decimal(long v, int width, byte[] out) {
        int digits = 1;
        for (long x = v / 10; x > 0; x /= 10) {
            digits++;
        }
        int len = Math.max(digits, width);
        long x = v;
        for (int i = len - 1; i >= 0; i--) {
            out[i] = (byte) ('0' + x % 10);
            x /= 10;
        }
        return len;
    }

    private static String format(long v, int width) {
        byte[] b = new byte[24];
        return new String(b, 0, decimal(v, width, b), java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static long pow10(int width) {
        long p = 1;
        for (int i = 0; i < width; i++) {
            p *= 10;
        }
        return p;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}

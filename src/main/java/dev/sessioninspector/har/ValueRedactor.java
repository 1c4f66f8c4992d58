package dev.sessioninspector.har;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes known secret values wherever they appear, in every form a page or a client writes them: as they are,
 * URL-decoded, URL-encoded (upper- and lower-case hex, {@code +} or {@code %20}), JSON-escaped (a slash
 * escaped, every punctuation mark as a backslash-u escape), HTML-escaped ({@code &amp;}) and base64 (standard and URL-safe, at each of the three byte
 * alignments inside a longer base64 text). Values shorter than {@value #SHORTEST} characters are not searched:
 * they would match ordinary text.
 *
 * <p>Matching works on bytes (a body that is not text is redacted too) in one pass: patterns are indexed by
 * their first {@value #KEY} bytes, so the time is linear in the input whatever the number of secrets.
 */
final class ValueRedactor {
    static final int SHORTEST = 6;
    private static final int KEY = 4;
    private static final Set<String> NOT_SECRET = Set.of("deleted", "[redacted]", "%5Bredacted%5D", "[masked]",
            "%5Bmasked%5D", "undefined");
    static final ValueRedactor NONE = new ValueRedactor(Set.of());

    private final Map<Long, List<byte[]>> byKey = new HashMap<>();
    private final int patterns;

    private ValueRedactor(Collection<String> values) {
        Set<String> forms = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null) {
                String s = v.strip();
                if (s.length() >= SHORTEST && !NOT_SECRET.contains(s.toLowerCase(Locale.ROOT))) {
                    forms(s, forms);
                    String decoded = TextSecrets.decode(s);
                    if (!decoded.equals(s) && decoded.length() >= SHORTEST) {
                        forms(decoded, forms);
                    }
                }
            }
        }
        for (String f : forms) {
            byte[] b = f.getBytes(StandardCharsets.UTF_8);
            if (b.length >= KEY) {
                byKey.computeIfAbsent(key(b, 0), k -> new ArrayList<>()).add(b);
            }
        }
        byKey.values().forEach(list -> list.sort(Comparator.comparingInt((byte[] b) -> b.length).reversed()));
        patterns = byKey.values().stream().mapToInt(List::size).sum();
    }

    static ValueRedactor of(Collection<String> values) {
        return values.isEmpty() ? NONE : new ValueRedactor(values);
    }

    /** How many byte patterns are searched (all forms of all values). */
    int patterns() {
        return patterns;
    }

    private static void forms(String v, Set<String> forms) {
        forms.add(v);
        String encoded = URLEncoder.encode(v, StandardCharsets.UTF_8);
        forms.add(encoded);
        forms.add(encoded.replace("+", "%20"));
        forms.add(lowerHex(encoded));
        forms.add(v.replace("/", "\\/"));
        forms.add(unicodeEscaped(v, false));
        forms.add(unicodeEscaped(v, true));
        forms.add(v.replace("&", "&amp;"));
        byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
        for (int shift = 0; shift < 3; shift++) {
            forms.add(base64Core(bytes, shift, Base64.getEncoder()));
            forms.add(base64Core(bytes, shift, Base64.getUrlEncoder()));
        }
        forms.remove("");
    }

    private static String lowerHex(String encoded) {
        StringBuilder sb = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            boolean hexDigit = i > 0 && (encoded.charAt(i - 1) == '%' || i > 1 && encoded.charAt(i - 2) == '%');
            sb.append(hexDigit ? Character.toLowerCase(c) : c);
        }
        return sb.toString();
    }

    private static String unicodeEscaped(String v, boolean upper) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x80 && !Character.isLetterOrDigit(c)) {
                String hex = String.format(Locale.ROOT, "%04x", (int) c);
                sb.append('\\').append('u').append(upper ? hex.toUpperCase(Locale.ROOT) : hex);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The base64 characters that depend only on {@code value} when it starts {@code shift} bytes into a 3-byte
     * group of a longer text: found in any base64 of a text that contains the value at that alignment.
     */
    private static String base64Core(byte[] value, int shift, Base64.Encoder encoder) {
        byte[] padded = new byte[shift + value.length];
        System.arraycopy(value, 0, padded, shift, value.length);
        String all = encoder.withoutPadding().encodeToString(padded);
        int firstBit = 8 * shift;
        int endBit = 8 * (shift + value.length);
        int from = (firstBit + 5) / 6;
        int to = endBit / 6; // chars [from, to) cover bits fully inside the value
        return to - from < KEY ? "" : all.substring(from, to);
    }

    private static long key(byte[] b, int at) {
        return (b[at] & 0xffL) << 24 | (b[at + 1] & 0xffL) << 16 | (b[at + 2] & 0xffL) << 8 | (b[at + 3] & 0xffL);
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The text with every form of every secret replaced by {@code marker}. */
    String redact(String text, String marker) {
        if (text == null || byKey.isEmpty() || text.length() < KEY) {
            return text;
        }
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = redact(in, marker);
        return out == in ? text : new String(out, StandardCharsets.UTF_8);
    }

    /** The bytes with every form of every secret replaced by {@code marker}; the same array when none is found. */
    byte[] redact(byte[] in, String marker) {
        if (byKey.isEmpty() || in.length < KEY) {
            return in;
        }
        byte[] mark = marker.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = null;
        int copied = 0;
        int i = 0;
        while (i <= in.length - KEY) {
            List<byte[]> candidates = byKey.get(key(in, i));
            byte[] hit = candidates == null ? null : firstMatch(candidates, in, i);
            if (hit == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new java.io.ByteArrayOutputStream(in.length);
            }
            out.write(in, copied, i - copied);
            out.write(mark, 0, mark.length);
            i += hit.length;
            copied = i;
        }
        if (out == null) {
            return in;
        }
        out.write(in, copied, in.length - copied);
        return out.toByteArray();
    }

    private static byte[] firstMatch(List<byte[]> candidates, byte[] in, int at) {
        for (byte[] p : candidates) {
            if (p.length <= in.length - at && java.util.Arrays.equals(in, at, at + p.length, p, 0, p.length)) {
                return p;
            }
        }
        return null;
    }
}

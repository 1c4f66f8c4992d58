package dev.sessioninspector.entropy;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * How a sample of tokens prints a 16-, 20- or 32-byte digest (MD5, SHA-1, SHA-256): hex in lower or upper
 * case, base64 or base64url with or without {@code =} padding. Every token must have the same form.
 *
 * @param bytes     digest length
 * @param hex       hex (else base64)
 * @param upperCase hex digits in upper case
 * @param url       base64url alphabet
 * @param padded    base64 with {@code =} padding
 */
record DigestCodec(int bytes, boolean hex, boolean upperCase, boolean url, boolean padded) {
    private static final int[] LENGTHS = {16, 20, 32};

    /** The form every token shares, or empty. */
    static Optional<DigestCodec> of(List<String> tokens) {
        String first = tokens.get(0);
        for (int bytes : LENGTHS) {
            for (DigestCodec c : candidates(bytes, first)) {
                if (tokens.stream().allMatch(c::matches)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private static List<DigestCodec> candidates(int bytes, String first) {
        boolean upper = first.chars().anyMatch(ch -> ch >= 'A' && ch <= 'F');
        return List.of(new DigestCodec(bytes, true, upper, false, false),
                new DigestCodec(bytes, false, false, first.indexOf('-') >= 0 || first.indexOf('_') >= 0,
                        first.endsWith("=")));
    }

    /** True when {@code t} is a digest printed this way. */
    boolean matches(String t) {
        if (t.length() != length()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean ok;
            if (hex) {
                ok = (c >= '0' && c <= '9') || (upperCase ? c >= 'A' && c <= 'F' : c >= 'a' && c <= 'f');
            } else if (c == '=') {
                ok = padded && i >= t.length() - 2;
            } else {
                ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                        || (url ? c == '-' || c == '_' : c == '+' || c == '/');
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Characters of one printed digest. */
    int length() {
        return hex ? 2 * bytes : padded ? 4 * ((bytes + 2) / 3) : (4 * bytes + 2) / 3;
    }

    byte[] decode(String t) {
        if (hex) {
            return HexFormat.of().parseHex(t);
        }
        return (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(t);
    }

    String encode(byte[] digest) {
        if (hex) {
            return upperCase ? HexFormat.of().withUpperCase().formatHex(digest) : HexFormat.of().formatHex(digest);
        }
        Base64.Encoder e = url ? Base64.getUrlEncoder() : Base64.getEncoder();
        return (padded ? e : e.withoutPadding()).encodeToString(digest);
    }

    /** The tokens' digests' first 8 bytes, for {@link #key} lookups. */
    DigestKeys keys(List<String> tokens) {
        return new DigestKeys(tokens.stream().mapToLong(t -> key(decode(t))).toArray());
    }

    /** A digest's first 8 bytes as a long. */
    static long key(byte[] digest) {
        long k = 0;
        for (int i = 0; i < 8; i++) {
            k = (k << 8) | (digest[i] & 0xFF);
        }
        return k;
    }
}

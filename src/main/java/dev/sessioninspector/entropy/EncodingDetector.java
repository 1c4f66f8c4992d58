package dev.sessioninspector.entropy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;

/** Detects the encoding of the core tokens and decodes them to bytes where the encoding is a number system. */
final class EncodingDetector {
    /** An encoding and the alphabet (digit order) to use for it. */
    record Detected(Encoding encoding, String alphabet) {
    }

    private EncodingDetector() {
    }

    static Detected detect(List<String> tokens) {
        BitSet seen = new BitSet(128);
        StringBuilder other = new StringBuilder();
        boolean ascii = true;
        for (String t : tokens) {
            String body = stripPadding(t);
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c >= 128) {
                    ascii = false;
                    if (other.indexOf(String.valueOf(c)) < 0) {
                        other.append(c);
                    }
                } else {
                    seen.set(c);
                }
            }
        }
        if (ascii) {
            if (subset(seen, "0123456789")) {
                return new Detected(Encoding.DECIMAL, Encoding.DECIMAL.alphabet());
            }
            if (subset(seen, "0123456789abcdef")) {
                return new Detected(Encoding.HEX, Encoding.HEX.alphabet());
            }
            if (subset(seen, "0123456789ABCDEF")) {
                return new Detected(Encoding.HEX, Encoding.HEX.alphabet().toUpperCase());
            }
            if (subset(seen, Encoding.BASE32.alphabet())) {
                return new Detected(Encoding.BASE32, Encoding.BASE32.alphabet());
            }
            if (subset(seen, Encoding.BASE36.alphabet())) {
                return new Detected(Encoding.BASE36, Encoding.BASE36.alphabet());
            }
            if (subset(seen, Encoding.BASE36.alphabet().toUpperCase())) {
                return new Detected(Encoding.BASE36, Encoding.BASE36.alphabet().toUpperCase());
            }
            for (Encoding e : List.of(Encoding.ALPHANUMERIC, Encoding.BASE64, Encoding.BASE64URL)) {
                if (subset(seen, e.alphabet())) {
                    return new Detected(e, e.alphabet());
                }
            }
        }
        StringBuilder all = new StringBuilder();
        for (String t : tokens) {
            t.chars().sorted().distinct().forEach(c -> {
                if (all.indexOf(String.valueOf((char) c)) < 0) {
                    all.append((char) c);
                }
            });
        }
        return new Detected(Encoding.OTHER, all.chars().sorted().collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    /**
     * The tokens' bytes, all of the same width, where the encoding is a number system or base64; null when the
     * encoding has no byte form or some token does not decode.
     */
    static List<byte[]> bytes(List<String> tokens, Detected detected) {
        Encoding e = detected.encoding();
        try {
            if (e == Encoding.BASE64 || e == Encoding.BASE64URL) {
                Base64.Decoder d = e == Encoding.BASE64 ? Base64.getDecoder() : Base64.getUrlDecoder();
                List<byte[]> out = new ArrayList<>(tokens.size());
                for (String t : tokens) {
                    String body = stripPadding(t);
                    if (body.length() % 4 == 1) {
                        return null;
                    }
                    out.add(d.decode(body + "==".substring(0, (4 - body.length() % 4) % 4)));
                }
                return out;
            }
            if (e == Encoding.OTHER || e == Encoding.ALPHANUMERIC) {
                return null;
            }
            List<BigInteger> values = new ArrayList<>(tokens.size());
            int bits = 0;
            for (String t : tokens) {
                BigInteger v = t.isEmpty() ? BigInteger.ZERO : new BigInteger(t.toLowerCase(), e.radix());
                values.add(v);
                bits = Math.max(bits, e == Encoding.HEX ? t.length() * 4 : v.bitLength());
            }
            int width = Math.max(1, (bits + 7) / 8);
            List<byte[]> out = new ArrayList<>(values.size());
            for (BigInteger v : values) {
                byte[] raw = v.toByteArray();
                byte[] fixed = new byte[width];
                int copy = Math.min(width, raw.length);
                System.arraycopy(raw, raw.length - copy, fixed, width - copy, copy);
                out.add(fixed);
            }
            return out;
        } catch (IllegalArgumentException notDecodable) {
            return null;
        }
    }

    static String toHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    static String stripPadding(String t) {
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '=') {
            end--;
        }
        return t.substring(0, end);
    }

    private static boolean subset(BitSet seen, String alphabet) {
        BitSet allowed = new BitSet(128);
        alphabet.chars().forEach(allowed::set);
        BitSet extra = (BitSet) seen.clone();
        extra.andNot(allowed);
        return extra.isEmpty();
    }
}

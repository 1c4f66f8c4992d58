package dev.sessioninspector.demo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JSON Web Tokens in compact form, HS256, with the JDK only. {@link #verify} checks the signature in constant
 * time, or, when the {@code acceptAlgNone} switch is on, takes a token whose header says {@code alg: none} in any
 * case with an empty signature: the classic flaw of libraries that trust the header.
 */
final class Jwt {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private Jwt() {
    }

    /** {@code header.claims.signature} with an HS256 signature under {@code key}. */
    static String sign(String claimsJson, byte[] key) {
        String signingInput = encode(HEADER) + "." + encode(claimsJson);
        return signingInput + "." + ENCODER.encodeToString(hmac(signingInput, key));
    }

    /** The claims of a token this key signed (or an accepted unsigned one), else empty. Never throws. */
    static Optional<Map<String, String>> verify(String token, byte[] key, boolean acceptAlgNone) {
        if (token == null || token.length() > FlatJson.MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        Optional<Map<String, String>> header = decode(parts[0]).flatMap(FlatJson::parse);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String alg = header.get().getOrDefault("alg", "");
        boolean valid;
        if (alg.toLowerCase(Locale.ROOT).equals("none")) {
            valid = acceptAlgNone && parts[2].isEmpty();
        } else if (alg.equals("HS256")) {
            byte[] given;
            try {
                given = DECODER.decode(parts[2]);
            } catch (IllegalArgumentException bad) {
                return Optional.empty();
            }
            valid = MessageDigest.isEqual(hmac(parts[0] + "." + parts[1], key), given);
        } else {
            valid = false;
        }
        return valid ? decode(parts[1]).flatMap(FlatJson::parse) : Optional.empty();
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> decode(String part) {
        try {
            return Optional.of(new String(DECODER.decode(part), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException bad) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(String input, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

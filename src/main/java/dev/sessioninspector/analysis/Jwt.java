package dev.sessioninspector.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON Web Token (compact JWS form) as a site sent it: the decoded header and claims, and the parts a signature
 * check needs. Decoding never verifies anything; {@link #parse} is total and returns empty for anything else.
 *
 * @param raw        the token as sent
 * @param headerJson the decoded header, as JSON text
 * @param claimsJson the decoded claims, as JSON text
 * @param header     the header's members: strings as text, numbers and the rest as JSON text
 * @param claims     the claims' members, the same way
 */
public record Jwt(String raw, String headerJson, String claimsJson, Map<String, String> header,
        Map<String, String> claims) {
    /** Longer strings are not decoded (nothing a site sends may cost much). */
    static final int MAX_LENGTH = 16_384;
    private static final Pattern SHAPE = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    public Jwt {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(headerJson, "headerJson");
        Objects.requireNonNull(claimsJson, "claimsJson");
        header = Map.copyOf(header);
        claims = Map.copyOf(claims);
    }

    /** The JWT in this text, if it is one (three base64url parts, the first a JSON object with {@code alg}). */
    public static Optional<Jwt> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String token = text.strip();
        if (!SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        int dot2 = token.indexOf('.', dot + 1);
        try {
            String headerJson = decode(token.substring(0, dot));
            String claimsJson = decode(token.substring(dot + 1, dot2));
            Map<String, String> header = members(headerJson);
            if (!header.containsKey("alg")) {
                return Optional.empty();
            }
            return Optional.of(new Jwt(token, headerJson, claimsJson, header, members(claimsJson)));
        } catch (IllegalArgumentException notJwt) {
            return Optional.empty();
        }
    }

    /** True when the text is a JWT. */
    public static boolean is(String text) {
        return parse(text).isPresent();
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    /**
     * The top-level members of a JSON object, as a JWT's header and claims are read: strings as their text, any
     * other value as JSON text (the {@link dev.sessioninspector.entropy.JsonObjectReader} token statistics use).
     *
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    public static Map<String, String> members(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(f -> out.put(f.getKey(),
                f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()));
        return out;
    }

    /** The header's {@code alg}, e.g. {@code HS256}. */
    public String algorithm() {
        return header.getOrDefault("alg", "");
    }

    /** The JCA MAC name of an HMAC algorithm (HS256/384/512), if the token uses one. */
    public Optional<String> hmacAlgorithm() {
        return switch (algorithm().toUpperCase(Locale.ROOT)) {
            case "HS256" -> Optional.of("HmacSHA256");
            case "HS384" -> Optional.of("HmacSHA384");
            case "HS512" -> Optional.of("HmacSHA512");
            default -> Optional.empty();
        };
    }

    /** {@code alg: none} in any case: no signature at all. */
    public boolean unsigned() {
        return algorithm().equalsIgnoreCase("none");
    }

    /** The bytes the signature covers: the first two parts and the dot between them, ASCII. */
    public byte[] signingInput() {
        return raw.substring(0, raw.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
    }

    /** The decoded signature (empty for an unsigned token). */
    public byte[] signature() {
        return Base64.getUrlDecoder().decode(raw.substring(raw.lastIndexOf('.') + 1));
    }

    /** {@code iat}: when the token was issued. */
    public Optional<Instant> issuedAt() {
        return time("iat");
    }

    /** {@code nbf}: not valid before. */
    public Optional<Instant> notBefore() {
        return time("nbf");
    }

    /** {@code exp}: when it expires. */
    public Optional<Instant> expires() {
        return time("exp");
    }

    /** A numeric date claim (seconds since the epoch, RFC 7519 §2), if present and a number in range. */
    public Optional<Instant> time(String claim) {
        String v = claims.get(claim);
        if (v == null) {
            return Optional.empty();
        }
        try {
            double seconds = Double.parseDouble(v);
            if (Double.isNaN(seconds) || Math.abs(seconds) > 1e13) {
                return Optional.empty();
            }
            return Optional.of(Instant.ofEpochMilli(Math.round(seconds * 1000)));
        } catch (NumberFormatException notNumber) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "Jwt[alg=" + algorithm() + ", claims=" + claims.keySet() + "]"; // never the token itself
    }
}

package dev.sessioninspector.probe;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where a response carries the token to sample: a cookie of its {@code Set-Cookie} headers, a response header, a
 * JSON Pointer into its body, or group 1 of a regular expression over its body. Reading a body is bounded: at
 * most {@link #MAX_BODY} bytes are looked at, and a regular expression that has not finished within
 * {@link #REGEX_BUDGET_NANOS} finds nothing, so a hostile body cannot hang the sampler.
 *
 * @param kind  which of the four
 * @param value the cookie or header name, the JSON Pointer, or the regular expression
 */
public record TokenLocation(Kind kind, String value) {
    /** The places a token can be read from. */
    public enum Kind { COOKIE, HEADER, JSON, REGEX }

    /** Bytes of a body read for a JSON Pointer or a regular expression. */
    public static final int MAX_BODY = 1 << 20;
    /** Time a regular expression may take over one body. */
    static final long REGEX_BUDGET_NANOS = 100_000_000L;
    private static final Pattern TOKEN_CHARS = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    public TokenLocation {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(option(kind) + " needs a value");
        }
        switch (kind) {
            case COOKIE, HEADER -> {
                if (!TOKEN_CHARS.matcher(value).matches()) {
                    throw new IllegalArgumentException(option(kind) + " must be a " + (kind == Kind.COOKIE ? "cookie"
                            : "header") + " name, not '" + value + "'");
                }
            }
            case JSON -> {
                try {
                    if (!value.startsWith("/")) {
                        throw new IllegalArgumentException("no leading /");
                    }
                    JsonPointer.compile(value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--token-json must be a JSON Pointer such as /token, not '"
                            + value + "'");
                }
            }
            case REGEX -> {
                Pattern p;
                try {
                    p = Pattern.compile(value);
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException("--token-regex is not a regular expression: "
                            + e.getDescription());
                }
                if (p.matcher("").groupCount() < 1) {
                    throw new IllegalArgumentException("--token-regex needs a group: group 1 is the token");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    public static TokenLocation cookie(String name) {
        return new TokenLocation(Kind.COOKIE, name);
    }

    /** The command-line option that names this kind. */
    public static String option(Kind kind) {
        return switch (kind) {
            case COOKIE -> "--token";
            case HEADER -> "--token-header";
            case JSON -> "--token-json";
            case REGEX -> "--token-regex";
        };
    }

    /** True when the token is read from the body (the sampler then keeps up to {@link #MAX_BODY} bytes). */
    public boolean readsBody() {
        return kind == Kind.JSON || kind == Kind.REGEX;
    }

    /**
     * The token in a response, if it carries one.
     *
     * @param headers the response's values of a header name (case-insensitive)
     * @param body    the body's first bytes (at most {@link #MAX_BODY} are looked at)
     */
    public Optional<String> read(Function<String, List<String>> headers, byte[] body) {
        String token = switch (kind) {
            case COOKIE -> TokenSampler.cookieValue(headers.apply("Set-Cookie"), value);
            case HEADER -> headers.apply(value).stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst()
                    .orElse(null);
            case JSON -> json(body);
            case REGEX -> regex(body);
        };
        return Optional.ofNullable(token).filter(t -> !t.isEmpty());
    }

    private String json(byte[] body) {
        if (body == null || body.length > MAX_BODY) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body).at(value);
            return node.isValueNode() && !node.isNull() ? node.asText() : null;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    private String regex(byte[] body) {
        if (body == null) {
            return null;
        }
        int n = Math.min(body.length, MAX_BODY);
        String text = new String(body, 0, n, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(value).matcher(new Deadline(text, System.nanoTime() + REGEX_BUDGET_NANOS));
        try {
            return m.find() ? m.group(1) : null;
        } catch (Deadline.Exceeded slow) {
            return null;
        }
    }

    /** For messages: {@code cookie SID}, {@code the X-Token header}, {@code /token in the JSON body}… */
    public String describe() {
        return switch (kind) {
            case COOKIE -> "cookie " + value;
            case HEADER -> "the " + value + " header";
            case JSON -> value + " in the JSON body";
            case REGEX -> "group 1 of " + value + " in the body";
        };
    }

    /** The name a sample of these tokens is kept under: the cookie or header name, the pointer, the expression. */
    public String sampleName() {
        return value;
    }

    /** Text that stops a regular expression once its time is up (every character read checks the clock now and then). */
    private static final class Deadline implements CharSequence {
        static final class Exceeded extends RuntimeException {
            Exceeded() {
                super("regular expression over its time budget", null, false, false);
            }
        }

        private final String text;
        private final long deadline;
        private int reads;

        Deadline(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
                throw new Exceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}

package dev.sessioninspector.entropy;

import java.util.Map;

/**
 * Reads the top-level members of a JSON object, as a JWT's header and claims are: strings as their text, any
 * other value as JSON text. The entropy package has no JSON library (DESIGN.md §3: it imports model only), so the
 * caller of {@link TokenAnalyzer} hands one in ({@code analysis.Jwt::members} reads with Jackson).
 */
@FunctionalInterface
public interface JsonObjectReader {
    /** Reads nothing: every JWT is analysed as opaque text. */
    JsonObjectReader NONE = json -> {
        throw new IllegalArgumentException("no JSON reader");
    };

    /**
     * The object's members in order.
     *
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    Map<String, String> members(String json);
}

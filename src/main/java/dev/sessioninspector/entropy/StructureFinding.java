package dev.sessioninspector.entropy;

import java.util.Objects;

/**
 * Something predictable found in the tokens' structure.
 *
 * @param kind        what was found
 * @param from        first character position of the core token involved (0-based; -1 when not positional)
 * @param to          one past the last position (-1 when not positional)
 * @param fromEnd     positions count from the end of each token (variable-length tokens)
 * @param description one sentence for a reader: what, where, and why it matters
 */
public record StructureFinding(Kind kind, int from, int to, boolean fromEnd, String description) {
    /** Kinds of structure that make a session ID predictable. */
    public enum Kind {
        /** Sequential or near-sequential numbers. */
        COUNTER,
        /** An embedded clock reading. */
        TIMESTAMP,
        /** Output of {@code java.util.Random}'s 48-bit linear congruential generator. */
        JAVA_UTIL_RANDOM,
        /** The same token issued more than once. */
        DUPLICATES
    }

    public StructureFinding {
        Objects.requireNonNull(kind, "kind");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a finding needs a description");
        }
        if (from < -1 || to < -1 || (from >= 0 && to < from)) {
            throw new IllegalArgumentException("bad position range " + from + ".." + to);
        }
    }

    public static StructureFinding global(Kind kind, String description) {
        return new StructureFinding(kind, -1, -1, false, description);
    }
}

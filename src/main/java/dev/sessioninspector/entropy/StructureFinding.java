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
        DUPLICATES,
        /** An MD5, SHA-1 or SHA-256 digest of a counter (decimal, plain or zero-padded). */
        HASHED_COUNTER,
        /** An MD5, SHA-1 or SHA-256 digest of the clock (epoch seconds or milliseconds at issue). */
        HASHED_CLOCK,
        /** Each token the MD5, SHA-1 or SHA-256 digest of the previous one. */
        HASH_CHAIN;

        /** A digest of something guessable: the next ID can be computed. */
        public boolean hashed() {
            return this == HASHED_COUNTER || this == HASHED_CLOCK || this == HASH_CHAIN;
        }

        /** A few words for a message: "counter", "clock", "digest of a counter"… */
        public String label() {
            return switch (this) {
                case COUNTER -> "counter";
                case TIMESTAMP -> "clock";
                case JAVA_UTIL_RANDOM -> "java.util.Random";
                case DUPLICATES -> "repeated tokens";
                case HASHED_COUNTER -> "digest of a counter";
                case HASHED_CLOCK -> "digest of the clock";
                case HASH_CHAIN -> "hash chain";
            };
        }
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

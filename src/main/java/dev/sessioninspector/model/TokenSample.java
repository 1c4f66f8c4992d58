package dev.sessioninspector.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Session tokens collected for statistics, in the order they were issued. */
public record TokenSample(String name, String source, Instant collected, List<String> tokens) {
    public TokenSample {
        Objects.requireNonNull(name, "name");
        source = source == null ? "" : source;
        Objects.requireNonNull(collected, "collected");
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    }

    public int size() {
        return tokens.size();
    }
}

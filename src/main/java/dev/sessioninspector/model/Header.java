package dev.sessioninspector.model;

import java.util.Objects;

/** One HTTP header line as it was sent or received. Names keep their case; comparisons ignore it. */
public record Header(String name, String value) {
    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("header name is blank");
        }
    }

    public boolean is(String headerName) {
        return name.equalsIgnoreCase(headerName);
    }
}

package dev.sessioninspector.model;

import java.util.Objects;

/** One exchange that shows a finding, with what it shows. */
public record Evidence(long exchange, String detail) {
    public Evidence {
        Objects.requireNonNull(detail, "detail");
    }
}

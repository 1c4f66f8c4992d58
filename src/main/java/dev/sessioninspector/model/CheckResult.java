package dev.sessioninspector.model;

import java.util.Objects;

/** One rule's status for a recording, with a sentence that says why. */
public record CheckResult(String rule, CheckStatus status, String detail) {
    public CheckResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }
}

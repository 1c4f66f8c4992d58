package dev.sessioninspector.model;

import java.util.List;
import java.util.Objects;

/** A rule's verdict that something is wrong, with the exchanges that show it and how to fix it. */
public record Finding(
        String rule,
        Severity severity,
        String title,
        String cookie,
        List<Evidence> evidence,
        String remediation,
        List<String> references) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        remediation = remediation == null ? "" : remediation;
        references = List.copyOf(references == null ? List.of() : references);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a finding needs evidence: " + rule);
        }
    }
}

package dev.sessioninspector.model;

import java.util.Locale;

/** How bad a finding is; ordered from the least to the most severe. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH;

    /** The lower-case name used in reports and on the command line ({@code high}, {@code medium}…). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code high|medium|low|info}, case-insensitively. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "' (use high, medium, low or info)");
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}

package dev.sessioninspector.model;

import java.util.Locale;

/** Whether a rule ran and what it concluded, so "not run" never looks like "passed". */
public enum CheckStatus {
    PASS, FAIL, INCONCLUSIVE, SKIPPED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

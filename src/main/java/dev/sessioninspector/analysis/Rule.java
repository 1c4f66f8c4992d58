package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Severity;
import java.util.List;

/**
 * One passive rule of DESIGN.md §6: a stable ID, the severity its findings usually carry, its CWE and
 * references, and an evaluation over a {@link SessionContext} that never sends a request.
 */
public interface Rule {
    /** The stable ID, e.g. {@code session.not-rotated-at-login}. */
    String id();

    /** The severity of DESIGN.md §6 (a finding may be lower, e.g. a long-lived cookie under a day). */
    Severity severity();

    /** The CWE number, e.g. 384. */
    int cwe();

    /** WSTG, ASVS and CWE references in that order, e.g. {@code ["WSTG-SESS-03", "ASVS 3.2.1", "CWE-384"]}. */
    List<String> references();

    /** A short title, e.g. "Session ID not renewed at login". */
    String title();

    /** What the rule checks, in a sentence or two. */
    String description();

    /** Runs the rule. It reports a status in every case; it throws only on a bug. */
    RuleOutcome evaluate(SessionContext ctx);
}

package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Severity;
import java.util.List;

/**
 * One rule of DESIGN.md §6: its metadata ({@link RuleInfo}) and an evaluation over a {@link SessionContext} that
 * never sends a request. The accessors below read the metadata.
 */
public interface Rule {
    /** What the rule is: ID, severity, CWE, references, title, description, example findings. */
    RuleInfo info();

    /** Runs the rule. It reports a status in every case; it throws only on a bug. */
    RuleOutcome evaluate(SessionContext ctx);

    /** The stable ID, e.g. {@code session.not-rotated-at-login}. */
    default String id() {
        return info().id();
    }

    /** The severity of DESIGN.md §6 (a finding may be lower, e.g. a long-lived cookie under a day). */
    default Severity severity() {
        return info().severity();
    }

    /** The CWE number, e.g. 384. */
    default int cwe() {
        return info().cwe();
    }

    /** WSTG, ASVS and CWE references in that order, e.g. {@code ["WSTG-SESS-03", "ASVS 3.2.1", "CWE-384"]}. */
    default List<String> references() {
        return info().references();
    }

    /** A short title, e.g. "Session ID not renewed at login". */
    default String title() {
        return info().title();
    }

    /** What the rule checks, in a sentence or two. */
    default String description() {
        return info().description();
    }
}

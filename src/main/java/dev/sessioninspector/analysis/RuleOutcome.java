package dev.sessioninspector.analysis;

import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import java.util.List;
import java.util.Objects;

/**
 * A rule's status with the findings it produced. A {@code fail} has at least one finding and any other
 * status has none, so a report never shows a finding for a check that passed.
 */
public record RuleOutcome(CheckResult check, List<Finding> findings) {
    public RuleOutcome {
        Objects.requireNonNull(check, "check");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        boolean fail = check.status() == CheckStatus.FAIL;
        if (fail == findings.isEmpty()) {
            throw new IllegalArgumentException(fail ? "a failed check needs findings: " + check.rule()
                    : "findings on a check that did not fail: " + check.rule());
        }
        for (Finding f : findings) {
            if (!f.rule().equals(check.rule())) {
                throw new IllegalArgumentException("finding of " + f.rule() + " in the outcome of " + check.rule());
            }
        }
    }

    public static RuleOutcome pass(String rule, String detail) {
        return new RuleOutcome(new CheckResult(rule, CheckStatus.PASS, detail), List.of());
    }

    public static RuleOutcome fail(String rule, String detail, List<Finding> findings) {
        return new RuleOutcome(new CheckResult(rule, CheckStatus.FAIL, detail), findings);
    }

    public static RuleOutcome inconclusive(String rule, String detail) {
        return new RuleOutcome(new CheckResult(rule, CheckStatus.INCONCLUSIVE, detail), List.of());
    }

    public static RuleOutcome skipped(String rule, String detail) {
        return new RuleOutcome(new CheckResult(rule, CheckStatus.SKIPPED, detail), List.of());
    }

    public CheckStatus status() {
        return check.status();
    }
}

package dev.sessioninspector.analysis;

import dev.sessioninspector.analysis.rules.Rules;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.RecordingData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every rule over a recording. Always returns one check per rule, so "not run" never looks like
 * "passed"; bad input (an empty recording, no login, no session cookie) gives statuses and notes, never an
 * exception. A rule that breaks on a bug is reported inconclusive with the error, and the others still run.
 */
public final class AnalysisEngine {
    private final List<Rule> rules;
    private final TokenStatsCalculator stats;

    /** All rules of DESIGN.md §6, with token statistics from the entropy package. */
    public AnalysisEngine() {
        this(Rules.all(), EntropyTokenStats.CALCULATOR);
    }

    public AnalysisEngine(List<Rule> rules, TokenStatsCalculator stats) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    /** The rules this engine runs, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /** A passive analysis: no probe results, no samples. */
    public AnalysisResult analyze(RecordingData data) {
        return analyze(data, AnalysisInputs.NONE);
    }

    public AnalysisResult analyze(RecordingData data, AnalysisInputs inputs) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(inputs, "inputs");
        if (data.exchanges().isEmpty()) {
            List<CheckResult> checks = rules.stream()
                    .map(r -> new CheckResult(r.id(), CheckStatus.SKIPPED, "the recording has no exchanges"))
                    .toList();
            return new AnalysisResult(data.recording().target(), List.of(), Framework.UNKNOWN, null, null, "",
                    checks, List.of(), List.of("the recording has no exchanges: nothing to analyse"), rules);
        }
        SessionContext ctx = SessionModel.build(data, inputs, stats);
        List<CheckResult> checks = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            RuleOutcome outcome;
            try {
                outcome = rule.evaluate(ctx);
                if (!outcome.check().rule().equals(rule.id())) {
                    throw new IllegalStateException("outcome names rule " + outcome.check().rule());
                }
            } catch (RuntimeException bug) {
                outcome = RuleOutcome.inconclusive(rule.id(), "the rule failed on this recording: " + bug);
            }
            checks.add(outcome.check());
            findings.addAll(outcome.findings());
        }
        return new AnalysisResult(ctx.target(), ctx.credentials(), ctx.framework(), ctx.login().orElse(null),
                ctx.logout().orElse(null), ctx.oracle().describe(), checks, findings, notes(ctx), rules);
    }

    private static List<String> notes(SessionContext ctx) {
        List<String> notes = new ArrayList<>();
        if (ctx.login().isEmpty()) {
            notes.add("no login found (no marker, no request with a password field, no login URL): "
                    + "checks that compare before and after login are inconclusive; mark the login");
        }
        if (ctx.login().isPresent() && ctx.logout().isEmpty()) {
            notes.add("no logout found after the login: the logout check needs a logout or the active probe");
        }
        if (ctx.credentials().isEmpty()) {
            notes.add("no session cookie or header token identified" + (ctx.traffic().names().isEmpty() ? " (the recording has no cookies)"
                    : " among " + String.join(", ", ctx.traffic().names())));
        }
        if (ctx.login().isPresent() && !ctx.oracle().available()) {
            notes.add("signed-in pages could not be told from anonymous ones; give the flow an authenticatedUrl");
        }
        return notes;
    }
}

package dev.sessioninspector.analysis;

import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the analysis of one recording found: the session cookies, the framework, login and logout, how the
 * signed-in oracle judges pages, one check per rule (all of them, always) and the findings.
 *
 * @param target         the site analysed (null for an empty recording)
 * @param sessionCookies the session credentials, strongest first: cookies and header tokens (named by header)
 * @param login          where login happened, or null
 * @param logout         where logout happened, or null
 * @param oracle         how signed-in pages were told from anonymous ones, one sentence
 * @param checks         one per rule, in the rule catalogue's order
 * @param findings       every finding, in check order
 * @param notes          problems with the input a user should know (no login found, empty recording…)
 * @param rules          the rules that ran, in check order: their metadata (title, severity, references) for
 *                       reports and views, so nothing looks a rule up by its ID in a global catalogue
 */
public record AnalysisResult(URI target, List<SessionCookie> sessionCookies, Framework framework, AuthPoint login,
        AuthPoint logout, String oracle, List<CheckResult> checks, List<Finding> findings, List<String> notes,
        List<Rule> rules) {

    public AnalysisResult {
        sessionCookies = List.copyOf(Objects.requireNonNull(sessionCookies, "sessionCookies"));
        Objects.requireNonNull(framework, "framework");
        oracle = oracle == null ? "" : oracle;
        checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        for (CheckResult c : checks) {
            if (rules.stream().noneMatch(r -> r.id().equals(c.rule()))) {
                throw new IllegalArgumentException("a check of " + c.rule() + ", a rule that did not run");
            }
        }
    }

    /** The rule that ran under this ID (the metadata of a check or a finding). */
    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The names of the session credentials: cookie names and token header names (the JSON report's list). */
    public List<String> sessionCookieNames() {
        return sessionCookies.stream().map(SessionCookie::name).toList();
    }

    public Optional<AuthPoint> loginPoint() {
        return Optional.ofNullable(login);
    }

    public Optional<AuthPoint> logoutPoint() {
        return Optional.ofNullable(logout);
    }

    /** The check of one rule. */
    public Optional<CheckResult> check(String rule) {
        return checks.stream().filter(c -> c.rule().equals(rule)).findFirst();
    }

    /** The findings of one rule. */
    public List<Finding> findings(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    public long count(CheckStatus status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }

    /** The most severe finding's severity, if any finding. */
    public Optional<Severity> worst() {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder());
    }

    /** True when a finding is at or above the threshold ({@code --fail-on}). */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}

package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.AuthPoint;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.SignedInOracle;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code session.not-invalidated-at-logout}: the pre-logout cookies still reach the signed-in page after
 * logout. The recording proves it when it already holds such a replay (or a logout that changed nothing);
 * otherwise the active logout-replay probe decides.
 */
public final class NotInvalidatedAtLogout extends AbstractRule {
    public static final String ID = "session.not-invalidated-at-logout";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.HIGH)
            .cwe(613).references("WSTG-SESS-06", "ASVS 3.3.1")
            .title("Session still valid after logout")
            .description("Replays the cookies that were in use before logout, after the logout, against the signed-in "
                    + "page. If the server still answers as signed in, logout only cleared the browser's copy "
                    + "and a stolen or copied cookie stays usable.")
            .example("Session cookie still signed in after logout",
                    "active probe: replayed the pre-logout cookies after logout to GET /account: still signed in (status 200, exchange 11)")
            .build();

    public NotInvalidatedAtLogout() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        RuleOutcome passive = passive(ctx);
        if (passive != null && passive.status() == CheckStatus.FAIL) {
            return passive;
        }
        RuleOutcome probed = fromProbes(ctx, ProbeKind.LOGOUT_REPLAY, "Session cookie still signed in after logout");
        if (probed != null && (probed.status() == CheckStatus.FAIL || passive == null)) {
            return probed;
        }
        if (passive != null) {
            return passive;
        }
        if (ctx.logout().isEmpty()) {
            return skipped(NEEDS_PROBE + " (the recording has no logout either)");
        }
        return skipped(NEEDS_PROBE + " (the recording never sends the old session cookie after logout)");
    }

    /** What the recording itself shows: the pre-logout value sent again after logout, and the page it got. */
    private RuleOutcome passive(SessionContext ctx) {
        Optional<AuthPoint> logout = ctx.logout();
        if (logout.isEmpty() || ctx.credentials().isEmpty() || ctx.phases().logoutChain().isEmpty()
                || redactedValues(ctx) != null) {
            return null; // redacted values (a sanitized HAR) cannot show an old ID sent again
        }
        Exchange logoutRequest = ctx.phases().logoutChain().get(0);
        Map<String, String> before = new LinkedHashMap<>();
        for (String name : ctx.credentialNames()) {
            ctx.sentValue(logoutRequest.id(), name).ifPresent(v -> before.put(name, v));
        }
        if (before.isEmpty()) {
            return null;
        }
        Map<String, List<Evidence>> signedIn = new LinkedHashMap<>();
        String anonymousAt = null;
        for (Exchange e : ctx.phases().afterLogout()) {
            if (!SessionContext.documentLike(e) && !ctx.isToken(firstKey(before))) {
                continue; // a header token is replayed by script requests: those count too
            }
            for (Map.Entry<String, String> c : before.entrySet()) {
                if (ctx.sentValue(e.id(), c.getKey()).filter(c.getValue()::equals).isEmpty()) {
                    continue;
                }
                SignedInOracle.Verdict v = ctx.verdict(e);
                if (v == SignedInOracle.Verdict.SIGNED_IN) {
                    List<Evidence> ev = signedIn.computeIfAbsent(c.getKey(), k -> new ArrayList<>(List.of(
                            new Evidence(logoutRequest.id(), "logout (" + logout.get().reason() + ") with "
                                    + k + "=" + abbrev(c.getValue())))));
                    ev.add(new Evidence(e.id(), "the pre-logout " + c.getKey() + "=" + abbrev(c.getValue())
                            + " still reaches a signed-in page after logout (" + ctx.describe(e.id()) + ")"));
                } else if (v == SignedInOracle.Verdict.ANONYMOUS && anonymousAt == null) {
                    anonymousAt = "the pre-logout " + c.getKey() + " was sent again at exchange " + e.id()
                            + " and got the anonymous page";
                }
            }
        }
        if (!signedIn.isEmpty()) {
            List<Finding> findings = new ArrayList<>();
            signedIn.forEach((name, ev) -> findings.add(
                    finding(ctx, name, name + " still signs in after logout", ev)));
            return fail("after the logout at exchange " + logoutRequest.id() + ", the old "
                    + String.join(", ", signedIn.keySet()) + " still reached a signed-in page", findings);
        }
        return anonymousAt != null ? pass(anonymousAt) : null;
    }

    private static String firstKey(Map<String, String> m) {
        return m.keySet().iterator().next();
    }
}

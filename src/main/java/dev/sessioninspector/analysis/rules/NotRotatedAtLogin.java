package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.AuthPoint;
import dev.sessioninspector.analysis.ObservedValue;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.SignedInOracle;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code session.not-rotated-at-login}: the session ID from before login is still the one in use after it. */
public final class NotRotatedAtLogin extends AbstractRule {
    public static final String ID = "session.not-rotated-at-login";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.HIGH)
            .cwe(384).references("WSTG-SESS-03", "ASVS 3.2.1")
            .title("Session ID not renewed at login")
            .description("Compares the session cookie value in use when the login request was sent with the one in use "
                    + "after it. If the pre-login value survives, anyone who planted or learned it before "
                    + "login (session fixation) is signed in with the victim.")
            .example("SESSIONID keeps its pre-login value after login",
                    "issued SESSIONID=0001cf94 before login",
                    "login (the flow's mark 'step 3: POST /login') with SESSIONID=0001cf94; the response did not replace it",
                    "still sends SESSIONID=0001cf94 after login and reaches a signed-in page")
            .build();

    public NotRotatedAtLogin() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        Optional<AuthPoint> login = ctx.login();
        if (login.isEmpty()) {
            return inconclusive("no login found in the recording (no marker, no request with a password field, "
                    + "no login URL); mark the login to run this check");
        }
        RuleOutcome unusable = sessionValuesUnusable(ctx);
        if (unusable != null) {
            return unusable;
        }
        List<String> kept = new ArrayList<>();
        List<String> renewed = new ArrayList<>();
        for (String name : ctx.sessionCookieNames()) {
            Optional<String> before = ctx.valueBeforeLogin(name);
            Optional<String> after = ctx.valueAfterLogin(name);
            if (after.isEmpty()) {
                continue;
            }
            if (before.isEmpty()) {
                renewed.add(name + " first issued at login");
            } else if (!before.get().equals(after.get())) {
                renewed.add(name + " got a new value at login");
            } else {
                kept.add(name);
            }
        }
        if (kept.isEmpty() && renewed.isEmpty()) {
            return inconclusive("no session cookie was seen in use after the login at exchange " + login.get().exchangeId());
        }
        if (kept.isEmpty()) {
            return pass(String.join("; ", renewed) + " (login at exchange " + login.get().exchangeId() + ")");
        }
        if (!renewed.isEmpty()) {
            return pass(String.join("; ", renewed) + "; " + String.join(", ", kept)
                    + " kept its pre-login value, but the signed-in state rides on the renewed cookie");
        }
        List<Finding> findings = new ArrayList<>();
        for (String name : kept) {
            findings.add(finding(ctx, name, name + " keeps its pre-login value after login", evidence(ctx, name, login.get())));
        }
        return fail(String.join(", ", kept) + " kept the same value across the login at exchange "
                + login.get().exchangeId(), findings);
    }

    private List<Evidence> evidence(SessionContext ctx, String name, AuthPoint login) {
        String value = ctx.valueBeforeLogin(name).orElseThrow();
        List<Evidence> ev = new ArrayList<>();
        for (ObservedValue v : ctx.values(name)) {
            if (v.value().equals(value)) {
                ev.add(new Evidence(v.exchangeId(), (v.issued() ? "issued " : "first sent ") + name + "="
                        + abbrev(value) + " before login"));
            }
        }
        ev.add(new Evidence(login.exchangeId(), "login (" + login.reason() + ") with " + name + "=" + abbrev(value)
                + "; the response did not replace it"));
        for (Exchange e : ctx.phases().afterLogin()) {
            if (ctx.traffic().sentValue(e.id(), name).filter(value::equals).isPresent()) {
                boolean in = ctx.verdict(e) == SignedInOracle.Verdict.SIGNED_IN;
                ev.add(new Evidence(e.id(), "still sends " + name + "=" + abbrev(value) + " after login"
                        + (in ? " and reaches a signed-in page" : "")));
                break;
            }
        }
        return ev;
    }
}

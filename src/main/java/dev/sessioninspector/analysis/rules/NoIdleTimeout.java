package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.SignedInOracle;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Severity;
import java.time.Duration;
import java.util.List;

/**
 * {@code session.no-idle-timeout}: the session is still signed in after idling longer than {@code --idle-max}.
 * A recording with such a pause between two signed-in pages proves it either way; otherwise the idle probe
 * decides.
 */
public final class NoIdleTimeout extends AbstractRule {
    public static final String ID = "session.no-idle-timeout";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.MEDIUM)
            .cwe(613).references("WSTG-SESS-07", "ASVS 3.3.2")
            .title("No idle timeout")
            .description("Leaves the signed-in session idle for longer than the allowed idle time (--idle-max) and "
                    + "checks whether it is still signed in. Without an idle timeout, a session left open on a "
                    + "shared computer or a stolen cookie stays usable indefinitely.")
            .example("Session still valid after 31 minutes idle",
                    "last signed-in request before a pause of 31 minutes",
                    "still signed in after idling 31 minutes (limit 30 minutes)")
            .example("Session survives idling longer than the limit",
                    "active probe: idled 20 minutes, then GET /account: still signed in (status 200)")
            .build();

    public NoIdleTimeout() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        Duration max = ctx.inputs().idleMax();
        RuleOutcome passive = max == null ? null : passive(ctx, max);
        if (passive != null && passive.status() == CheckStatus.FAIL) {
            return passive;
        }
        RuleOutcome probed = fromProbes(ctx, ProbeKind.IDLE_TIMEOUT, "Session survives idling longer than the limit");
        if (probed != null) {
            return probed;
        }
        if (passive != null) {
            return passive;
        }
        return skipped(max == null ? NEEDS_PROBE + " with --idle-max DURATION"
                : NEEDS_PROBE + " (the recording has no signed-in pause longer than " + max + ")");
    }

    private RuleOutcome passive(SessionContext ctx, Duration max) {
        List<Exchange> in = ctx.phases().afterLogin().stream().filter(SessionContext::documentLike).toList();
        for (int i = 1; i < in.size(); i++) {
            Exchange prev = in.get(i - 1);
            Exchange next = in.get(i);
            Duration idle = Duration.between(prev.end(), next.start());
            if (idle.compareTo(max) <= 0) {
                continue;
            }
            SignedInOracle.Verdict before = ctx.verdict(prev);
            SignedInOracle.Verdict after = ctx.verdict(next);
            if (after == SignedInOracle.Verdict.SIGNED_IN) {
                String cookie = primaryCookie(ctx);
                List<Evidence> ev = List.of(
                        new Evidence(prev.id(), "last signed-in request before a pause of " + human(idle)),
                        new Evidence(next.id(), "still signed in after idling " + human(idle) + " (limit "
                                + human(max) + ")"));
                return fail("still signed in after idling " + human(idle) + " between exchanges " + prev.id()
                        + " and " + next.id(), List.of(finding(ctx, cookie, "Session still valid after "
                                + human(idle) + " idle", ev)));
            }
            if (after == SignedInOracle.Verdict.ANONYMOUS && before == SignedInOracle.Verdict.SIGNED_IN) {
                return pass("signed out after idling " + human(idle) + " (exchange " + next.id() + ")");
            }
        }
        return null;
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600 && s % 60 == 0) {
            return s / 3600 + "h" + (s % 3600 == 0 ? "" : (s % 3600) / 60 + "m");
        }
        if (s >= 60) {
            return s / 60 + "m" + (s % 60 == 0 ? "" : s % 60 + "s");
        }
        return s + "s";
    }
}

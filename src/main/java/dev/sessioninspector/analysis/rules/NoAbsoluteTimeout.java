package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Severity;

/**
 * {@code session.no-absolute-timeout}: kept busy, the session (a cookie or a token) is still signed in after
 * {@code --absolute-max}. Only the active probe can tell: it touches a signed-in page more often than any idle
 * limit until the limit has passed.
 */
public final class NoAbsoluteTimeout extends AbstractRule {
    public static final String ID = "session.no-absolute-timeout";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.MEDIUM)
            .cwe(613).references("WSTG-SESS-07", "ASVS 5.0 V7.3.2")
            .title("No absolute session timeout")
            .description("An active probe signs in and keeps the session busy, touching a signed-in page more often "
                    + "than any idle limit, until --absolute-max has passed. If it is still signed in, the session "
                    + "has no absolute lifetime: a stolen cookie or token kept busy stays usable for ever.")
            .example("Session still signed in after the absolute limit",
                    "active probe: kept busy for 2 hours (limit 2 hours), then GET /account: still signed in "
                            + "(status 200)")
            .build();

    public NoAbsoluteTimeout() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        RuleOutcome probed = fromProbes(ctx, ProbeKind.ABSOLUTE_TIMEOUT,
                "Session still signed in after the absolute limit");
        if (probed != null) {
            return probed;
        }
        return skipped(NEEDS_PROBE + " with --absolute-max DURATION");
    }
}

package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Severity;

/**
 * {@code session.accepts-foreign-id}: the server adopts a session ID it never issued. Only an active probe
 * can show this (it sends a made-up ID and sees whether the server keeps it), so without one it is skipped.
 */
public final class AcceptsForeignId extends AbstractRule {
    public static final String ID = "session.accepts-foreign-id";

    public AcceptsForeignId() {
        super(ID, Severity.HIGH, 384, "WSTG-SESS-03", "ASVS 3.2.1", "Session ID chosen by the client accepted",
                "Sends a session ID the server never issued and checks whether the server adopts it (keeps "
                        + "using it, or binds a login to it) instead of replacing it. A permissive server makes "
                        + "session fixation trivial.");
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        RuleOutcome probed = fromProbes(ctx, ProbeKind.FOREIGN_ID, "The server adopts a session ID it never issued");
        return probed != null ? probed : skipped(NEEDS_PROBE);
    }
}

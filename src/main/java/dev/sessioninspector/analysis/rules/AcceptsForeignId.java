package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Severity;

/**
 * {@code session.accepts-foreign-id}: the server adopts a session ID it never issued. Only an active probe
 * can show this (it sends a made-up ID and sees whether the server keeps it), so without one it is skipped.
 */
public final class AcceptsForeignId extends AbstractRule {
    public static final String ID = "session.accepts-foreign-id";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.HIGH)
            .cwe(384).references("WSTG-SESS-03", "ASVS 3.2.1")
            .title("Session ID chosen by the client accepted")
            .description("Sends a session ID the server never issued and checks whether the server adopts it (keeps "
                    + "using it, or binds a login to it) instead of replacing it. A permissive server makes "
                    + "session fixation trivial.")
            .example("The server adopts a session ID it never issued",
                    "active probe: sent the made-up SESSIONID=4ddf30f8 (never issued, shaped like 0001cf94) to GET /: the server kept it; after signing in with it, the same ID is the signed-in session (full fixation)")
            .build();

    public AcceptsForeignId() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        RuleOutcome probed = fromProbes(ctx, ProbeKind.FOREIGN_ID, "The server adopts a session ID it never issued");
        return probed != null ? probed : skipped(NEEDS_PROBE);
    }
}

package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code token.unsigned-accepted}: the server accepts a token with the same claims and {@code alg: none} (any case)
 * and no signature. The active probe decides; the recording alone proves it only when the site itself issued an
 * unsigned token and then answered requests carrying it.
 */
public final class UnsignedAccepted extends AbstractRule {
    public static final String ID = "token.unsigned-accepted";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.HIGH)
            .cwe(347).references("WSTG-SESS-10", "ASVS 5.0 V9.1.2")
            .title("Unsigned tokens accepted (alg: none)")
            .description("An active probe re-sends the signed-in token with the same claims, alg: none (and its "
                    + "case variants) and no signature, to the page only a signed-in user gets. If the server "
                    + "accepts it, anyone can write a token for any user.")
            .example("The server accepts a token with alg: none",
                    "active probe: GET /api/account with the claims of Authorization, alg \"none\", no signature: "
                            + "signed in (status 200)")
            .build();

    public UnsignedAccepted() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        List<JwtValues.Seen> jwts = JwtValues.of(ctx);
        List<Finding> passive = new ArrayList<>();
        for (JwtValues.Seen s : jwts) {
            if (!s.jwt().unsigned() || !s.value().issued()) {
                continue;
            }
            for (Exchange e : ctx.traffic().exchanges()) {
                if (ctx.sentValue(e.id(), s.credential()).filter(s.value().value()::equals).isPresent()
                        && e.status() >= 200 && e.status() < 300) {
                    passive.add(finding(ctx, s.credential(), "The site issues and accepts unsigned tokens", List.of(
                            new Evidence(s.value().exchangeId(), JwtValues.where(ctx, s) + ": alg "
                                    + s.jwt().algorithm() + ", no signature"),
                            new Evidence(e.id(), "the unsigned token was accepted (" + ctx.describe(e.id())
                                    + ", status " + e.status() + ")"))));
                    break;
                }
            }
        }
        if (!passive.isEmpty()) {
            return fail(passive);
        }
        RuleOutcome probed = fromProbes(ctx, ProbeKind.UNSIGNED_TOKEN, "The server accepts a token with alg: none");
        if (probed != null) {
            return probed;
        }
        if (jwts.isEmpty()) {
            return skipped("no session JWT in the recording");
        }
        return skipped(NEEDS_PROBE + " (the alg: none probe re-sends the token unsigned)");
    }
}

package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code token.long-lived}: a session token lives more than 12 hours: its {@code exp} is over 12 hours after its
 * {@code iat} (or after it was issued), it has no {@code exp} at all, or a probe saw it still accepted more than
 * 12 hours after it was issued.
 */
public final class TokenLongLived extends AbstractRule {
    public static final String ID = "token.long-lived";
    static final Duration MAX = Duration.ofHours(12);

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.MEDIUM)
            .cwe(613).references("WSTG-SESS-10", "ASVS 5.0 V7.3.2")
            .title("Long-lived session token")
            .description("Reads the lifetime of each session token: exp − iat of a JWT (or exp − the time it was "
                    + "issued), a JWT without exp, or an active probe that still got in with the token more than "
                    + "12 hours after it was issued. A bearer token cannot be taken back from a thief; a short life "
                    + "is what limits the damage.")
            .example("Authorization token has no exp: it never expires",
                    "the JWT in Authorization issued here (JSON field token): HS256, no exp claim")
            .example("Authorization token lives 7 days",
                    "the JWT in Authorization issued here (JSON field access_token): exp − iat = 7 days")
            .build();

    public TokenLongLived() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        List<JwtValues.Seen> jwts = JwtValues.of(ctx);
        List<Finding> findings = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        Set<String> judged = new HashSet<>();
        for (JwtValues.Seen s : jwts) {
            if (!judged.add(s.credential())) {
                continue; // one verdict per credential: its first JWT
            }
            Optional<Instant> exp = s.jwt().expires();
            Optional<Instant> start = s.jwt().issuedAt().or(() -> Optional.of(s.value().time()));
            String where = JwtValues.where(ctx, s) + ": " + s.jwt().algorithm();
            if (exp.isEmpty()) {
                findings.add(finding(ctx, s.credential(), s.credential() + " token has no exp: it never expires",
                        List.of(new Evidence(s.value().exchangeId(), where + ", no exp claim"))));
                continue;
            }
            Duration life = Duration.between(start.get(), exp.get());
            String how = s.jwt().issuedAt().isPresent() ? "exp − iat" : "exp − the time it was issued";
            if (life.compareTo(MAX) > 0) {
                findings.add(finding(ctx, s.credential(), s.credential() + " token lives " + human(life),
                        List.of(new Evidence(s.value().exchangeId(), where + ", " + how + " = " + human(life)))));
            } else {
                fine.add(s.credential() + " lives " + human(life) + " (" + how + ")");
            }
        }
        boolean probed = false;
        for (ProbeEvidence p : ctx.inputs().probes(ProbeKind.ABSOLUTE_TIMEOUT)) {
            String name = p.cookie().isEmpty() ? primaryCookie(ctx) : p.cookie();
            if (!ctx.isToken(name) || judged.contains(name)) {
                continue;
            }
            probed = true;
            Optional<Instant> issued = ctx.values(name).stream().findFirst().map(v -> v.time());
            Optional<Exchange> last = p.exchangesSent().stream().map(ctx::exchange).flatMap(Optional::stream)
                    .reduce((a, b) -> b);
            if (p.verdict() == ProbeVerdict.VULNERABLE && issued.isPresent() && last.isPresent()) {
                Duration accepted = Duration.between(issued.get(), last.get().start());
                if (accepted.compareTo(MAX) > 0) {
                    findings.add(finding(ctx, name, name + " token still accepted " + human(accepted) + " after issue",
                            List.of(new Evidence(last.get().id(), "active probe: " + p.detail()))));
                    continue;
                }
                fine.add(name + " accepted for " + human(accepted) + " by the probe (not over 12 hours)");
            }
        }
        if (!findings.isEmpty()) {
            return fail(findings);
        }
        if (jwts.isEmpty() && ctx.sessionTokens().isEmpty()) {
            return skipped("no session token in the recording (no header token and no JWT)");
        }
        if (fine.isEmpty() || (!probed && ctx.sessionTokens().stream().anyMatch(t -> !judged.contains(t.name())))) {
            return inconclusive("an opaque token's lifetime is not written in it: run scan with --absolute-max "
                    + "DURATION to see how long the server accepts it" + (fine.isEmpty() ? "" : "; " + String.join("; ", fine)));
        }
        return pass(String.join("; ", fine));
    }

    static String human(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 120) {
            return plural(minutes, "minute");
        }
        long hours = d.toHours();
        return hours < 72 ? plural(hours, "hour") : d.toDays() + " days";
    }
}

package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code transport.session-over-http}: a session cookie is sent to, or set by, a plain-HTTP URL. High; low
 * when every such exchange went to a loopback address (a local demo).
 */
public final class SessionOverHttp extends AbstractRule {
    public static final String ID = "transport.session-over-http";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.HIGH)
            .cwe(319).references("WSTG-CRYP-03", "ASVS 9.1.1")
            .title("Session cookie sent over plain HTTP")
            .description("Looks for session cookies sent in requests to, or set by responses from, http:// URLs. "
                    + "Anyone on the network path (public Wi-Fi, a proxy) reads the session ID and takes over "
                    + "the session. Reported as low when the traffic only went to a loopback address.")
            .severityNote("low when the target is loopback")
            .example("SESSIONID travels over plain HTTP in 4 exchanges",
                    "SESSIONID set over plain HTTP (GET http://shop.example/)",
                    "SESSIONID sent over plain HTTP (POST http://shop.example/login)")
            .build();

    public SessionOverHttp() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        if (ctx.credentials().isEmpty()) {
            return noSessionCookie(ctx);
        }
        List<Finding> findings = new ArrayList<>();
        int carrying = 0;
        for (String name : ctx.credentialNames()) {
            List<Evidence> ev = new ArrayList<>();
            boolean remote = false;
            for (Exchange e : ctx.traffic().exchanges()) {
                boolean sent = ctx.sentValue(e.id(), name).isPresent();
                boolean set = ctx.isToken(name)
                        ? ctx.values(name).stream().anyMatch(v -> v.issued() && v.exchangeId() == e.id())
                        : ctx.traffic().set(e.id()).stream()
                                .anyMatch(c -> c.name().equals(name) && !c.deletion() && !c.byScript());
                if (!sent && !set) {
                    continue;
                }
                carrying++;
                if (!"http".equals(String.valueOf(e.url().getScheme()).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                boolean loopback = Origins.isLoopback(e.url());
                remote |= !loopback;
                String what = sent && set ? "sent and set" : sent ? "sent" : "set";
                ev.add(new Evidence(e.id(), name + " " + what + " over plain HTTP (" + e.method() + " " + e.url()
                        + (loopback ? ", loopback" : "") + ")"));
            }
            if (!ev.isEmpty()) {
                Severity s = remote ? Severity.HIGH : Severity.LOW;
                List<Evidence> shown = ev.size() > 10 ? ev.subList(0, 10) : ev;
                findings.add(finding(ctx, s, name, name + " travels over plain HTTP"
                        + (remote ? "" : " (loopback only)") + " in " + plural(ev.size(), "exchange"), shown));
            }
        }
        if (!findings.isEmpty()) {
            return fail(findings);
        }
        if (carrying == 0) {
            return inconclusive("no exchange of the recording carries " + String.join(", ", ctx.credentialNames()));
        }
        return pass("all " + plural(carrying, "exchange") + " carrying " + String.join(", ", ctx.credentialNames())
                + " used HTTPS");
    }
}

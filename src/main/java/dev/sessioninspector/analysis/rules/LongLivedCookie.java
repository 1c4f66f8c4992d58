package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.IssuedCookie;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code session.long-lived-cookie}: the session cookie is persistent (Max-Age or Expires) with a lifetime over
 * one day (medium), or over one hour (low). A browser-session cookie passes.
 */
public final class LongLivedCookie extends AbstractRule {
    public static final String ID = "session.long-lived-cookie";
    static final Duration DAY = Duration.ofDays(1);
    static final Duration HOUR = Duration.ofHours(1);

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.MEDIUM)
            .cwe(539).references("WSTG-SESS-02", "ASVS 3.2.3")
            .title("Persistent session cookie")
            .description("Reads the lifetime of every session cookie the server sets. A persistent cookie (Max-Age or "
                    + "Expires) survives browser restarts and is written to disk; over one day it is reported "
                    + "as medium, over one hour as low.")
            .severityNote("low when the lifetime is 1 hour to 1 day")
            .example("SESSIONID is a persistent cookie living 365 days",
                    "SESSIONID set persistent for 365 days (Max-Age=31536000)")
            .build();

    public LongLivedCookie() {
        super(INFO);
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        if (ctx.sessionCookies().isEmpty()) {
            return noSessionCookie(ctx);
        }
        List<Finding> findings = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        boolean anySet = false;
        for (String name : ctx.sessionCookieNames()) {
            List<IssuedCookie> set = ctx.traffic().issued(name).stream().filter(c -> !c.deletion()).toList();
            if (set.isEmpty()) {
                continue;
            }
            anySet = true;
            Duration longest = Duration.ZERO;
            List<Evidence> ev = new ArrayList<>();
            for (IssuedCookie c : set) {
                if (!c.cookie().persistent()) {
                    continue;
                }
                Duration life = c.cookie().maxAge() != null ? Duration.ofSeconds(c.cookie().maxAge())
                        : Duration.between(c.time(), c.cookie().expires());
                if (life.compareTo(HOUR) > 0) {
                    ev.add(new Evidence(c.exchangeId(), name + " set persistent for " + days(life)
                            + (c.cookie().maxAge() != null ? " (Max-Age=" + c.cookie().maxAge() + ")"
                                    : " (Expires " + c.cookie().expires() + ")")));
                }
                if (life.compareTo(longest) > 0) {
                    longest = life;
                }
            }
            if (ev.isEmpty()) {
                fine.add(name + (longest.isZero() ? " is a browser-session cookie" : " lives " + days(longest)));
            } else {
                Severity s = longest.compareTo(DAY) > 0 ? Severity.MEDIUM : Severity.LOW;
                findings.add(finding(ctx, s, name, name + " is a persistent cookie living " + days(longest), ev));
            }
        }
        if (!anySet) {
            return inconclusive("the recording never shows the server setting " + String.join(", ", ctx.sessionCookieNames())
                    + ", so its lifetime is unknown");
        }
        if (!findings.isEmpty()) {
            return fail(findings);
        }
        return pass(String.join("; ", fine));
    }

    static String days(Duration d) {
        if (d.compareTo(DAY) >= 0) {
            long days = d.toDays();
            return days + (days == 1 ? " day" : " days");
        }
        long hours = d.toHours();
        if (hours >= 1) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return d.toMinutes() + " minutes";
    }
}

package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.IssuedCookie;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule over the attributes of every session cookie the recording shows being set: each setting that
 * lacks the attribute is evidence. Deletions (a logout expiring the cookie) do not count.
 */
abstract class CookieAttributeRule extends AbstractRule {
    CookieAttributeRule(RuleInfo info) {
        super(info);
    }

    /** Why this setting of the cookie is wrong, or empty when it is right. */
    abstract Optional<String> violation(IssuedCookie c, SessionContext ctx);

    /** The finding's title for a cookie. */
    abstract String findingTitle(String cookie);

    /** What a good setting looks like, for the pass detail. */
    abstract String goodDetail(String cookie);

    /** The severity of a finding (the rule's, unless a rule lowers it). */
    Severity severityFor(List<IssuedCookie> bad, SessionContext ctx) {
        return severity();
    }

    /** A sentence added to the fail detail (e.g. that the target is loopback). */
    String note(SessionContext ctx) {
        return "";
    }

    @Override
    public final RuleOutcome evaluate(SessionContext ctx) {
        if (ctx.sessionCookies().isEmpty()) {
            return noSessionCookie(ctx);
        }
        List<Finding> findings = new ArrayList<>();
        List<String> good = new ArrayList<>();
        List<String> unseen = new ArrayList<>();
        for (String name : ctx.sessionCookieNames()) {
            List<IssuedCookie> set = ctx.traffic().issued(name).stream().filter(c -> !c.deletion()).toList();
            if (set.isEmpty()) {
                unseen.add(name);
                continue;
            }
            List<Evidence> ev = new ArrayList<>();
            List<IssuedCookie> bad = new ArrayList<>();
            for (IssuedCookie c : set) {
                Optional<String> why = violation(c, ctx);
                if (why.isPresent()) {
                    bad.add(c);
                    ev.add(new Evidence(c.exchangeId(), (c.byScript() ? "page script set " : "Set-Cookie ") + name
                            + ": " + why.get()));
                }
            }
            if (ev.isEmpty()) {
                good.add(goodDetail(name) + " (" + plural(set.size(), "setting") + ")");
            } else {
                findings.add(finding(ctx, severityFor(bad, ctx), name, findingTitle(name), ev));
            }
        }
        if (!findings.isEmpty()) {
            String n = note(ctx);
            return fail(titles(findings) + (n.isEmpty() ? "" : " (" + n + ")"), findings);
        }
        if (good.isEmpty()) {
            return inconclusive("the recording never shows " + String.join(", ", unseen)
                    + " being set (it was set before the recording started), so its attributes are unknown");
        }
        return pass(String.join("; ", good) + (unseen.isEmpty() ? "" : "; never seen set: " + String.join(", ", unseen)));
    }
}

package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.IssuedCookie;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Severity;
import java.util.Optional;

/**
 * {@code cookie.missing-secure}: a session cookie lacks Secure, so the browser also sends it over plain HTTP.
 * Reported on a loopback demo too (that is what a user wants to see), saying it is loopback.
 */
public final class MissingSecure extends CookieAttributeRule {
    public static final String ID = "cookie.missing-secure";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.MEDIUM)
            .cwe(614).references("WSTG-SESS-02", "ASVS 3.4.1")
            .title("Session cookie without Secure")
            .description("Checks every Set-Cookie of a session cookie for the Secure attribute. Without it the browser "
                    + "sends the session ID over plain HTTP too, where anyone on the network path reads it.")
            .example("SESSIONID may travel over plain HTTP (no Secure)",
                    "Set-Cookie SESSIONID: no Secure attribute")
            .build();

    public MissingSecure() {
        super(INFO);
    }

    @Override
    Optional<String> violation(IssuedCookie c, SessionContext ctx) {
        if (c.cookie().secure()) {
            return Optional.empty();
        }
        return Optional.of("no Secure attribute" + (ctx.loopbackTarget()
                ? " (the target is a loopback address, a local demo; a real deployment must set Secure)" : ""));
    }

    @Override
    String note(SessionContext ctx) {
        return ctx.loopbackTarget() ? "the target is loopback, but a deployment with these settings would leak it" : "";
    }

    @Override
    String findingTitle(String cookie) {
        return cookie + " may travel over plain HTTP (no Secure)";
    }

    @Override
    String goodDetail(String cookie) {
        return cookie + " is Secure";
    }
}

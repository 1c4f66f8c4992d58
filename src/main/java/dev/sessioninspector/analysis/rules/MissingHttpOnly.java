package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.IssuedCookie;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Severity;
import java.util.Optional;

/** {@code cookie.missing-httponly}: a session cookie lacks HttpOnly, so page script (and XSS) can read it. */
public final class MissingHttpOnly extends CookieAttributeRule {
    public static final String ID = "cookie.missing-httponly";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.MEDIUM)
            .cwe(1004).references("WSTG-SESS-02", "ASVS 3.4.2")
            .title("Session cookie without HttpOnly")
            .description("Checks every Set-Cookie of a session cookie for the HttpOnly attribute. Without it, any script "
                    + "on the page, including an injected one, can read the session ID and send it away.")
            .example("SESSIONID is readable by page script (no HttpOnly)",
                    "Set-Cookie SESSIONID: no HttpOnly attribute")
            .build();

    public MissingHttpOnly() {
        super(INFO);
    }

    @Override
    Optional<String> violation(IssuedCookie c, SessionContext ctx) {
        if (c.byScript()) {
            return Optional.of("set through document.cookie, so it can never be HttpOnly");
        }
        return c.cookie().httpOnly() ? Optional.empty() : Optional.of("no HttpOnly attribute");
    }

    @Override
    String findingTitle(String cookie) {
        return cookie + " is readable by page script (no HttpOnly)";
    }

    @Override
    String goodDetail(String cookie) {
        return cookie + " is HttpOnly";
    }
}

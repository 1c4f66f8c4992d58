package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.IssuedCookie;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.SameSite;
import dev.sessioninspector.model.Severity;
import java.util.Optional;

/** {@code cookie.missing-samesite}: a session cookie has no SameSite, or {@code None} without Secure. */
public final class MissingSameSite extends CookieAttributeRule {
    public static final String ID = "cookie.missing-samesite";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.LOW)
            .cwe(1275).references("WSTG-SESS-02", "ASVS 3.4.3")
            .title("Session cookie without SameSite")
            .description("Checks every Set-Cookie of a session cookie for a SameSite attribute (Lax or Strict). "
                    + "Without one, older browsers send the cookie on cross-site requests (CSRF); "
                    + "SameSite=None without Secure is rejected by current browsers.")
            .example("SESSIONID has no effective SameSite attribute",
                    "Set-Cookie SESSIONID: SameSite=None without Secure")
            .build();

    public MissingSameSite() {
        super(INFO);
    }

    @Override
    Optional<String> violation(IssuedCookie c, SessionContext ctx) {
        SameSite s = c.cookie().sameSite();
        if (s == SameSite.UNSPECIFIED) {
            return Optional.of("no SameSite attribute");
        }
        if (s == SameSite.NONE && !c.cookie().secure()) {
            return Optional.of("SameSite=None without Secure");
        }
        return Optional.empty();
    }

    @Override
    String findingTitle(String cookie) {
        return cookie + " has no effective SameSite attribute";
    }

    @Override
    String goodDetail(String cookie) {
        return cookie + " has SameSite";
    }
}

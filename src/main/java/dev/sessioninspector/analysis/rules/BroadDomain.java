package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.IssuedCookie;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.model.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code cookie.broad-domain}: a session cookie's Domain attribute names a parent of the host that set it, so
 * every sibling subdomain receives the session ID (and can overwrite it).
 */
public final class BroadDomain extends CookieAttributeRule {
    public static final String ID = "cookie.broad-domain";

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.LOW)
            .cwe(565).references("WSTG-SESS-02", "ASVS 3.4.4")
            .title("Session cookie scoped to a parent domain")
            .description("Checks the Domain attribute of every session cookie. A Domain that names a parent of the host "
                    + "(Domain=example.com set by shop.example.com) sends the session ID to every subdomain, "
                    + "where any one of them can read or overwrite it.")
            .example("SESSIONID is sent to every subdomain of a parent domain",
                    "Set-Cookie SESSIONID: Domain=example.com set by shop.example.com covers every subdomain of example.com")
            .build();

    public BroadDomain() {
        super(INFO);
    }

    @Override
    Optional<String> violation(IssuedCookie c, SessionContext ctx) {
        if (c.cookie().hostOnly() || c.url() == null || c.url().getHost() == null) {
            return Optional.empty();
        }
        String host = c.url().getHost().toLowerCase(Locale.ROOT);
        String domain = c.cookie().domain().toLowerCase(Locale.ROOT);
        if (!domain.equals(host) && host.endsWith("." + domain)) {
            return Optional.of("Domain=" + domain + " set by " + host + " covers every subdomain of " + domain);
        }
        return Optional.empty();
    }

    @Override
    String findingTitle(String cookie) {
        return cookie + " is sent to every subdomain of a parent domain";
    }

    @Override
    String goodDetail(String cookie) {
        return cookie + " is scoped to its own host";
    }
}

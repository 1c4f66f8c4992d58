package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.RuleOutcome;
import dev.sessioninspector.analysis.SessionContext;
import dev.sessioninspector.analysis.SigningKeyGuesses;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code token.weak-signing-key}: the HMAC key of a session JWT (HS256/384/512) is a common or default secret, or a
 * variant of the site's own name or host. Found offline, within a time budget; nothing is sent.
 */
public final class WeakSigningKey extends AbstractRule {
    public static final String ID = "token.weak-signing-key";
    static final Duration BUDGET = Duration.ofSeconds(5);
    private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>([^<]{1,80})</title>");

    static final RuleInfo INFO = RuleInfo.of(ID, Severity.HIGH)
            .cwe(1391).references("WSTG-SESS-10", "ASVS 5.0 V9.1.1")
            .title("JWT signed with a guessable key")
            .description("Tries, offline, a bundled list of a few thousand common and default JWT secrets and "
                    + "variants of the site's name and host as the HMAC key of each HS256/384/512 session token. "
                    + "Whoever finds the key can sign tokens for any user and any role.")
            .example("Authorization JWT is signed with a common secret",
                    "the JWT in Authorization issued here (JSON field token): HS256 key found offline in the bundled "
                            + "list of common secrets: se… (6 characters), 12 candidates tried")
            .build();

    private final Duration budget;
    private final LongSupplier nanoTime;

    public WeakSigningKey() {
        this(BUDGET, System::nanoTime);
    }

    WeakSigningKey(Duration budget, LongSupplier nanoTime) {
        super(INFO);
        this.budget = budget;
        this.nanoTime = nanoTime;
    }

    @Override
    public RuleOutcome evaluate(SessionContext ctx) {
        List<JwtValues.Seen> jwts = JwtValues.of(ctx);
        if (jwts.isEmpty()) {
            return skipped("no session JWT in the recording");
        }
        List<String> variants = SigningKeyGuesses.siteVariants(ctx.target(), siteName(ctx));
        List<Finding> findings = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        Set<String> judged = new HashSet<>();
        for (JwtValues.Seen s : jwts) {
            if (!judged.add(s.credential())) {
                continue; // one key per credential
            }
            String alg = s.jwt().algorithm();
            if (s.jwt().hmacAlgorithm().isEmpty()) {
                passed.add(s.credential() + " is signed with " + (alg.isEmpty() ? "no algorithm" : alg)
                        + ", not an HMAC: no shared secret to guess");
                continue;
            }
            SigningKeyGuesses.Outcome o = SigningKeyGuesses.search(s.jwt(), variants, budget, nanoTime);
            if (o.key().isPresent()) {
                String key = o.key().get();
                findings.add(finding(ctx, s.credential(), s.credential() + " JWT is signed with a "
                        + (o.source().contains("site") ? "key made from the site's name" : "common secret"),
                        List.of(new Evidence(s.value().exchangeId(), JwtValues.where(ctx, s) + ": " + alg
                                + " key found offline in " + o.source() + ": " + hint(key) + ", "
                                + plural(o.tried(), "candidate") + " tried"))));
            } else if (o.exhausted()) {
                passed.add(s.credential() + " (" + alg + "): the key is none of " + plural(o.tried(), "common secret")
                        + " and site-name variants tried");
            } else {
                unsure.add(s.credential() + " (" + alg + "): " + plural(o.tried(), "candidate")
                        + " tried before the " + budget.toSeconds() + "-second budget ran out");
            }
        }
        return conclude(findings, unsure, passed);
    }

    /** Enough of the key to recognise it, not to use it: the first two characters and the length. */
    static String hint(String key) {
        return key.substring(0, Math.min(2, key.length())) + "… (" + plural(key.length(), "character") + ")";
    }

    /** The first page title of the target's origin, as the site calls itself. */
    private static String siteName(SessionContext ctx) {
        for (Exchange e : ctx.traffic().exchanges()) {
            String type = e.responseHeaders().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.contains("html") && !e.responseBody().isEmpty()) {
                Matcher m = TITLE.matcher(e.responseBody().text());
                if (m.find()) {
                    return m.group(1).strip();
                }
            }
        }
        return "";
    }
}

package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.Rule;
import java.util.List;
import java.util.Optional;

/** The rule catalogue: every rule of DESIGN.md §6, in the design's order. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new NotRotatedAtLogin(),
            new AcceptsForeignId(),
            new NotInvalidatedAtLogout(),
            new IdInUrl(),
            new NoIdleTimeout(),
            new NoAbsoluteTimeout(),
            new LongLivedCookie(),
            new IdTooShort(),
            new IdPredictable(),
            new MissingHttpOnly(),
            new MissingSecure(),
            new MissingSameSite(),
            new BroadDomain(),
            new SessionOverHttp(),
            new TokenInWebStorage(),
            new TokenLongLived(),
            new WeakSigningKey(),
            new UnsignedAccepted());

    private Rules() {
    }

    /** All 18 rules; rules are stateless, so the same instances serve every analysis. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this ID. */
    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}

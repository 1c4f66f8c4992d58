package dev.sessioninspector.analysis.rules;

import dev.sessioninspector.analysis.Jwt;
import dev.sessioninspector.analysis.ObservedValue;
import dev.sessioninspector.analysis.SessionContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JWTs the session credentials carried (header tokens, and cookies whose values are JWTs), decoded. */
final class JwtValues {
    /** At most this many distinct JWTs per credential are judged: a visit rarely has more, and each costs. */
    static final int MAX_PER_CREDENTIAL = 3;

    /** One JWT a credential carried, where it first appeared. */
    record Seen(String credential, ObservedValue value, Jwt jwt) {
    }

    private JwtValues() {
    }

    static List<Seen> of(SessionContext ctx) {
        List<Seen> out = new ArrayList<>();
        for (String name : ctx.credentialNames()) {
            int n = 0;
            for (ObservedValue v : ctx.values(name)) {
                Optional<Jwt> jwt = Jwt.parse(v.value());
                if (jwt.isPresent() && n++ < MAX_PER_CREDENTIAL) {
                    out.add(new Seen(name, v, jwt.get()));
                }
            }
        }
        return out;
    }

    /** Evidence wording: "the JWT in Authorization issued at exchange 4 (JSON field token)". */
    static String where(SessionContext ctx, Seen s) {
        String issuedIn = ctx.isToken(s.credential()) ? ctx.tokens().issue(s.value().value())
                .map(i -> " (" + i.where() + ")").orElse("") : "";
        return "the JWT in " + s.credential() + (s.value().issued() ? " issued" : " first sent") + " here" + issuedIn;
    }
}

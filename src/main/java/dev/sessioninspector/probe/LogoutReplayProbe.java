package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.SignedInOracle;

/**
 * Sends the cookies (or, for a session carried in a header, the token) the logout request carried, after the
 * logout, to the signed-in page: one GET (plus its redirects on the origin). Still signed in means the server
 * never dropped the session.
 */
final class LogoutReplayProbe extends ActiveProbe {
    @Override
    ProbeKind kind() {
        return ProbeKind.LOGOUT_REPLAY;
    }

    @Override
    String name() {
        return "logout replay";
    }

    @Override
    ProbeEvidence run(ProbeTarget t, ProbeClient.Run run) {
        if (t.credential() == null) {
            return inconclusive(t, run, "no session cookie or token was identified in the recording");
        }
        boolean byToken = t.byToken();
        if (byToken ? t.preLogoutToken() == null : t.preLogoutCookies() == null) {
            return inconclusive(t, run, "the recording has no logout that sent " + t.credential());
        }
        if (t.authenticatedUrl() == null) {
            return inconclusive(t, run, "no signed-in page is known (give the flow an authenticatedUrl)");
        }
        try (ProbeClient client = new ProbeClient(run)) {
            ProbeClient.Response r = byToken
                    ? client.getWith(t.authenticatedUrl(), t.token().headers(t.preLogoutToken()))
                    : client.getWithCookies(t.authenticatedUrl(), t.preLogoutCookies());
            if (r.failed()) {
                return inconclusive(t, run, "the replay got no response: " + r.last().error());
            }
            SignedInOracle.Verdict v = t.oracle().judge(r.page());
            String sent = "replayed the pre-logout " + (byToken ? t.token().header() + " token" : "cookies")
                    + " after logout to GET " + t.authenticatedUrl().getRawPath();
            return switch (v) {
                case SIGNED_IN -> verdict(t, run, ProbeVerdict.VULNERABLE, sent + ": still signed in (status "
                        + r.last().status() + ", exchange " + r.last().id() + ")");
                case ANONYMOUS -> verdict(t, run, ProbeVerdict.SAFE, sent + ": signed out (status "
                        + r.first().status() + ")");
                case UNKNOWN -> inconclusive(t, run, sent + ": the answer (status " + r.last().status()
                        + ") looks neither signed in nor anonymous");
            };
        }
    }
}

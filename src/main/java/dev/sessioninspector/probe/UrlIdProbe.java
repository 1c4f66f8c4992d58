package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.SignedInOracle;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Signs in again through the flow, takes the live session ID from the jar, and asks for the signed-in page
 * without any cookie but with the ID in the URL: {@code ;jsessionid=ID}, then {@code ?NAME=ID} (the cookie's
 * name), {@code ?sid=ID}, {@code ?sessionid=ID}; it stops at the first that signs in. Signs out at the end.
 */
final class UrlIdProbe extends ActiveProbe {
    @Override
    ProbeKind kind() {
        return ProbeKind.URL_ID_ACCEPTED;
    }

    @Override
    String name() {
        return "session ID in URL";
    }

    @Override
    ProbeEvidence run(ProbeTarget t, ProbeClient.Run run) {
        return whenSignedIn(t, run, client -> signedIn(t, run, client));
    }

    private ProbeEvidence signedIn(ProbeTarget t, ProbeClient.Run run, ProbeClient client) {
        Optional<String> id = client.cookie(t.authenticatedUrl(), t.cookie());
        if (id.isEmpty()) {
            return inconclusive(t, run, "signed in, but the jar holds no " + t.cookie());
        }
        List<String> anonymous = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        ProbeEvidence result = null;
        try (ProbeClient bare = new ProbeClient(run)) {
            for (URI url : variants(t.authenticatedUrl(), t.cookie(), id.get())) {
                ProbeClient.Response r = bare.getWithCookies(url, null);
                if (r.failed()) {
                    result = inconclusive(t, run, "GET " + url.getRawPath() + " got no response: " + r.last().error());
                    break;
                }
                String shown = shown(url, id.get());
                SignedInOracle.Verdict v = t.oracle().judge(r.page());
                if (v == SignedInOracle.Verdict.SIGNED_IN) {
                    result = verdict(t, run, ProbeVerdict.VULNERABLE, "sent a live session ID in the URL ("
                            + shown + ") without any cookie: signed in (exchange " + r.last().id() + ")");
                    break;
                }
                (v == SignedInOracle.Verdict.ANONYMOUS ? anonymous : unsure).add(shown);
            }
        }
        if (result == null) {
            result = unsure.isEmpty()
                    ? verdict(t, run, ProbeVerdict.SAFE, "a live session ID sent in the URL without a cookie did "
                            + "not sign in (" + String.join(", ", anonymous) + ")")
                    : inconclusive(t, run, "a live session ID in the URL gave pages that look neither signed in "
                            + "nor anonymous (" + String.join(", ", unsure) + ")");
        }
        signOut(t, client);
        return result;
    }

    /** The URLs tried, in order, without repeats. */
    static List<URI> variants(URI page, String cookie, String id) {
        String bare = cookie.replaceFirst("^(?i)__(Host|Secure)-", "");
        String value = URLEncoder.encode(id, StandardCharsets.UTF_8);
        String base = page.getScheme() + "://" + page.getRawAuthority();
        String path = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
        String query = page.getRawQuery();
        Set<String> urls = new LinkedHashSet<>();
        urls.add(base + path + ";jsessionid=" + value + (query == null ? "" : "?" + query));
        for (String param : List.of(bare.toLowerCase(Locale.ROOT), "sid", "sessionid")) {
            String q = (query == null ? "" : query + "&") + URLEncoder.encode(param, StandardCharsets.UTF_8) + "=" + value;
            urls.add(base + path + "?" + q);
        }
        return urls.stream().map(URI::create).toList();
    }

    private static String shown(URI url, String id) {
        String s = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        return s.replace(URLEncoder.encode(id, StandardCharsets.UTF_8), Probes.abbrev(id));
    }
}

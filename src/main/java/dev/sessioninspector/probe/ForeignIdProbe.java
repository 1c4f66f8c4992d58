package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Makes up a session ID shaped like the observed ones and sends it to the page that issues sessions. First a
 * control request without cookies shows that the page hands a new visitor a session; then the made-up ID: a
 * server that echoes it, or keeps quiet where it would have issued a fresh one, adopted it. With the flow's
 * login steps it then signs in carrying that ID: still the same ID on a signed-in page is full fixation.
 */
final class ForeignIdProbe extends ActiveProbe {
    private final RandomGenerator random;

    ForeignIdProbe(RandomGenerator random) {
        this.random = random;
    }

    @Override
    ProbeKind kind() {
        return ProbeKind.FOREIGN_ID;
    }

    @Override
    String name() {
        return "foreign ID";
    }

    @Override
    ProbeEvidence run(ProbeTarget t, ProbeClient.Run run) {
        if (t.cookie() == null) {
            return inconclusive(t, run, "no session cookie was identified in the recording");
        }
        if (t.observedIds().isEmpty()) {
            return inconclusive(t, run, "no value of " + t.cookie() + " to take an ID's shape from");
        }
        String forged = ForeignIds.forge(t.observedIds(), random);
        URI page = t.issuingPage();
        boolean issuesToNewVisitors;
        try (ProbeClient control = new ProbeClient(run)) {
            ProbeClient.Response r = control.get(page);
            if (r.failed()) {
                return inconclusive(t, run, "the control request got no response: " + r.last().error());
            }
            issuesToNewVisitors = !r.setValues(t.cookie()).isEmpty();
        }
        try (ProbeClient client = new ProbeClient(run)) {
            String secure = t.origin().getScheme().equalsIgnoreCase("https") ? "; Secure" : "";
            client.jar().apply(t.origin(), List.of(t.cookie() + "=" + forged + "; Path=/" + secure), run.clock.instant());
            ProbeClient.Response r = client.get(page);
            if (r.failed()) {
                return inconclusive(t, run, "the request with the made-up ID got no response: " + r.last().error());
            }
            List<String> set = r.setValues(t.cookie());
            List<String> parts = new ArrayList<>();
            String sent = "sent the made-up " + t.cookie() + "=" + Probes.abbrev(forged) + " (never issued, shaped like "
                    + Probes.abbrev(t.observedIds().get(0)) + ") to GET " + page.getRawPath();
            boolean adopted;
            Boolean replaced = null;
            if (set.contains(forged)) {
                adopted = true;
                parts.add("the server set it back as its own session ID");
            } else if (!set.isEmpty()) {
                adopted = false;
                replaced = true;
                parts.add("the server replaced it with a fresh ID");
            } else if (issuesToNewVisitors) {
                adopted = true;
                parts.add("the server kept it: no fresh ID, though this page issues one to every new visitor");
            } else {
                adopted = false;
                parts.add("the page issued no session either way");
            }
            boolean fixated = false;
            boolean stillForged = client.cookie(t.origin().resolve("/"), t.cookie()).filter(forged::equals).isPresent();
            if (stillForged && ActiveProbe.cannotSignIn(t) == null) {
                String signedIn = signIn(t, client);
                Optional<String> after = client.cookie(t.authenticatedUrl(), t.cookie());
                if (signedIn == null && after.filter(forged::equals).isPresent()) {
                    fixated = true;
                    parts.add("after signing in with it, the same ID is the signed-in session (full fixation)");
                } else if (signedIn == null) {
                    parts.add("signing in with it replaced it with a fresh ID (no full fixation)");
                    replaced = replaced == null ? Boolean.TRUE : replaced;
                } else {
                    parts.add(signedIn);
                }
                signOut(t, client);
            }
            String detail = sent + ": " + String.join("; ", parts);
            if (adopted || fixated) {
                return verdict(t, run, ProbeVerdict.VULNERABLE, detail);
            }
            return Boolean.TRUE.equals(replaced) ? verdict(t, run, ProbeVerdict.SAFE, detail)
                    : inconclusive(t, run, detail);
        }
    }
}

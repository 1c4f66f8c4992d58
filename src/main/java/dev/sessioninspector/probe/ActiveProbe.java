package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.SignedInOracle;
import java.util.List;

/** One active probe: sends what it needs through a {@link ProbeClient} and concludes. */
abstract class ActiveProbe {
    abstract ProbeKind kind();

    /** A short name for reports: {@code logout replay}, {@code foreign ID}… */
    abstract String name();

    /** The most requests this probe may send; {@code usual} is the policy's per-probe budget. */
    int budget(ProbeTarget target, int usual) {
        return usual;
    }

    /** Runs the probe; may throw {@link ProbeRefusedException} (the runner makes that inconclusive). */
    abstract ProbeEvidence run(ProbeTarget target, ProbeClient.Run run);

    ProbeEvidence verdict(ProbeTarget t, ProbeClient.Run run, ProbeVerdict verdict, String detail) {
        return new ProbeEvidence(kind(), t.credential(), List.copyOf(run.exchanges), verdict, detail);
    }

    ProbeEvidence inconclusive(ProbeTarget t, ProbeClient.Run run, String why) {
        return verdict(t, run, ProbeVerdict.INCONCLUSIVE, why);
    }

    /**
     * Signs in again through the flow on a fresh client (a fresh jar), then runs {@code signedIn} with it;
     * inconclusive, with the reason, when the flow cannot sign in.
     */
    ProbeEvidence whenSignedIn(ProbeTarget t, ProbeClient.Run run,
            java.util.function.Function<ProbeClient, ProbeEvidence> signedIn) {
        String cannot = cannotSignIn(t);
        if (cannot != null) {
            return inconclusive(t, run, cannot);
        }
        try (ProbeClient client = new ProbeClient(run)) {
            String notSignedIn = signIn(t, client);
            return notSignedIn != null ? inconclusive(t, run, notSignedIn) : signedIn.apply(client);
        }
    }

    /**
     * Signs in with the script in this client's jar and checks the signed-in page: null when signed in, else
     * why not.
     */
    static String signIn(ProbeTarget t, ProbeClient client) {
        for (ScriptedRequest step : t.script().signIn()) {
            ProbeClient.Response r = client.send(step);
            if (r.failed()) {
                return "signing in again failed at " + step + ": " + r.last().error();
            }
            if (r.missing() != null) {
                return "signing in again failed at " + step + ": " + r.missing();
            }
        }
        ProbeClient.Response check = client.getSignedIn(t.authenticatedUrl(), t.script());
        if (check.failed()) {
            return "the signed-in page did not answer: " + check.last().error();
        }
        SignedInOracle.Verdict v = t.oracle().judge(check.page());
        return v == SignedInOracle.Verdict.SIGNED_IN ? null
                : "signing in again through the flow did not reach a signed-in page (" + t.authenticatedUrl()
                        + " judged " + v.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /** Sends the script's sign-out steps so the probe leaves no session of its own; failures are ignored. */
    static void signOut(ProbeTarget t, ProbeClient client) {
        for (ScriptedRequest step : t.script().signOut()) {
            if (client.send(step).failed()) {
                return;
            }
        }
    }

    /** Why a probe that needs a fresh login cannot run, or null. */
    static String cannotSignIn(ProbeTarget t) {
        if (t.credential() == null) {
            return "no session cookie or token was identified in the recording";
        }
        if (t.authenticatedUrl() == null) {
            return "no signed-in page is known (give the flow an authenticatedUrl)";
        }
        if (!t.script().canSignIn()) {
            return "no way to sign in again (needs the flow file's login steps: run scan, or analyze --active with a flow)";
        }
        return null;
    }
}

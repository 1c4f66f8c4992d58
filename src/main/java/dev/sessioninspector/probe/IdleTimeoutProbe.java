package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.SignedInOracle;
import java.time.Duration;

/**
 * Signs in again through the flow (a fresh jar), checks the signed-in page, stays idle just over the limit
 * ({@code idleMax} plus 5%, at least 1 s and at most 1 min), then asks for the signed-in page again.
 */
final class IdleTimeoutProbe extends ActiveProbe {
    private final Duration idleMax;
    private final Sleeper sleeper;

    IdleTimeoutProbe(Duration idleMax, Sleeper sleeper) {
        this.idleMax = idleMax;
        this.sleeper = sleeper;
    }

    /** How long the probe stays idle for a limit. */
    static Duration idleFor(Duration idleMax) {
        Duration margin = idleMax.dividedBy(20);
        if (margin.compareTo(Duration.ofSeconds(1)) < 0) {
            margin = Duration.ofSeconds(1);
        } else if (margin.compareTo(Duration.ofMinutes(1)) > 0) {
            margin = Duration.ofMinutes(1);
        }
        return idleMax.plus(margin);
    }

    @Override
    ProbeKind kind() {
        return ProbeKind.IDLE_TIMEOUT;
    }

    @Override
    String name() {
        return "idle timeout";
    }

    @Override
    ProbeEvidence run(ProbeTarget t, ProbeClient.Run run) {
        return whenSignedIn(t, run, client -> signedIn(t, run, client));
    }

    private ProbeEvidence signedIn(ProbeTarget t, ProbeClient.Run run, ProbeClient client) {
        Duration wait = idleFor(idleMax);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return inconclusive(t, run, "interrupted while idling");
        }
        ProbeClient.Response r = client.getSignedIn(t.authenticatedUrl(), t.script());
        if (r.failed()) {
            return inconclusive(t, run, "after idling, the signed-in page got no response: " + r.last().error());
        }
        SignedInOracle.Verdict v = t.oracle().judge(r.page());
        String what = "signed in again, idled " + human(wait) + " (limit " + human(idleMax) + "), then GET "
                + t.authenticatedUrl().getRawPath();
        ProbeEvidence result = switch (v) {
            case SIGNED_IN -> verdict(t, run, ProbeVerdict.VULNERABLE, what + ": still signed in (exchange "
                    + r.last().id() + ")");
            case ANONYMOUS -> verdict(t, run, ProbeVerdict.SAFE, what + ": signed out");
            case UNKNOWN -> inconclusive(t, run, what + ": the answer looks neither signed in nor anonymous");
        };
        signOut(t, client);
        return result;
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return s / 3600 + "h" + (s % 3600 == 0 ? "" : (s % 3600) / 60 + "m" + (s % 60 == 0 ? "" : s % 60 + "s"));
        }
        if (s >= 60) {
            return s / 60 + "m" + (s % 60 == 0 ? "" : s % 60 + "s");
        }
        return s > 0 ? s + "s" : d.toMillis() + "ms";
    }
}

package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.analysis.SignedInOracle;
import java.time.Duration;

/**
 * Signs in again through the flow, then keeps the session busy: it asks for the signed-in page every
 * {@link #touchEvery} (more often than any idle limit would end it) until just over {@code absoluteMax} has passed
 * ({@link IdleTimeoutProbe#idleFor}: the limit plus 5%, at least 1 s, at most 1 min). Signed out on the way means
 * the session has an absolute lifetime within the limit; still signed in at the end means it has none.
 */
final class AbsoluteTimeoutProbe extends ActiveProbe {
    private static final Duration LONGEST_GAP = Duration.ofMinutes(5);
    private final Duration absoluteMax;
    private final Sleeper sleeper;

    AbsoluteTimeoutProbe(Duration absoluteMax, Sleeper sleeper) {
        this.absoluteMax = absoluteMax;
        this.sleeper = sleeper;
    }

    /** The gap between two requests: a twentieth of the limit, at least 1 s and at most 5 min. */
    static Duration touchEvery(Duration absoluteMax) {
        Duration gap = absoluteMax.dividedBy(20);
        if (gap.compareTo(Duration.ofSeconds(1)) < 0) {
            return Duration.ofSeconds(1);
        }
        return gap.compareTo(LONGEST_GAP) > 0 ? LONGEST_GAP : gap;
    }

    @Override
    ProbeKind kind() {
        return ProbeKind.ABSOLUTE_TIMEOUT;
    }

    @Override
    String name() {
        return "absolute timeout";
    }

    /** The requests it needs: sign-in, one per gap, sign-out, and room for redirects. */
    @Override
    int budget(ProbeTarget t, int usual) {
        long touches = IdleTimeoutProbe.idleFor(absoluteMax).toMillis() / touchEvery(absoluteMax).toMillis() + 1;
        return (int) Math.min(10_000, Math.max(usual, 2 * (touches + t.script().signIn().size()
                + t.script().signOut().size() + 2)));
    }

    @Override
    ProbeEvidence run(ProbeTarget t, ProbeClient.Run run) {
        return whenSignedIn(t, run, client -> signedIn(t, run, client));
    }

    private ProbeEvidence signedIn(ProbeTarget t, ProbeClient.Run run, ProbeClient client) {
        Duration total = IdleTimeoutProbe.idleFor(absoluteMax);
        Duration gap = touchEvery(absoluteMax);
        Duration busy = Duration.ZERO;
        String path = t.authenticatedUrl().getRawPath();
        ProbeClient.Response r = null;
        sleeper.expect(total);
        while (busy.compareTo(total) < 0) {
            Duration step = total.minus(busy).compareTo(gap) < 0 ? total.minus(busy) : gap;
            try {
                sleeper.sleep(step);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return inconclusive(t, run, "interrupted while keeping the session busy");
            }
            busy = busy.plus(step);
            r = client.getSignedIn(t.authenticatedUrl(), t.script());
            if (r.failed()) {
                return inconclusive(t, run, "after " + IdleTimeoutProbe.human(busy) + ", the signed-in page got "
                        + "no response: " + r.last().error());
            }
            SignedInOracle.Verdict v = t.oracle().judge(r.page());
            if (v == SignedInOracle.Verdict.ANONYMOUS) {
                return verdict(t, run, ProbeVerdict.SAFE, "signed in again and asked for GET " + path + " every "
                        + IdleTimeoutProbe.human(gap) + ": signed out after " + IdleTimeoutProbe.human(busy)
                        + " of activity (limit " + IdleTimeoutProbe.human(absoluteMax) + ", exchange "
                        + r.last().id() + ")");
            }
            if (v == SignedInOracle.Verdict.UNKNOWN) {
                return inconclusive(t, run, "after " + IdleTimeoutProbe.human(busy) + ", GET " + path
                        + " looks neither signed in nor anonymous (status " + r.last().status() + ")");
            }
        }
        signOut(t, client);
        return verdict(t, run, ProbeVerdict.VULNERABLE, "signed in again and asked for GET " + path + " every "
                + IdleTimeoutProbe.human(gap) + " for " + IdleTimeoutProbe.human(total) + " (limit "
                + IdleTimeoutProbe.human(absoluteMax) + "): still signed in (exchange " + r.last().id() + ")");
    }
}

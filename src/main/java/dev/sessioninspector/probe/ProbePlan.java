package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Which probes to run.
 *
 * @param logoutReplay replay the pre-logout cookies after logout
 * @param foreignId    send a made-up session ID; with a sign-in script, also check it survives a login
 * @param urlId        send a live session ID in the URL instead of the cookie
 * @param unsignedToken send the signed-in JWT again with {@code alg: none} (and its case variants), unsigned
 * @param idleMax      run the idle-timeout probe with this limit; null for not
 * @param absoluteMax  run the absolute-timeout probe with this limit (keeping the session busy that long); null
 *                     for not
 * @param samples      distinct session IDs to sample for the statistics; 0 for none
 * @param sampleRate   request ceiling of the token sample per second (0: none)
 */
public record ProbePlan(boolean logoutReplay, boolean foreignId, boolean urlId, boolean unsignedToken,
        Duration idleMax, Duration absoluteMax, int samples, double sampleRate) {
    /** Requests per second of a token sample by default. */
    public static final double DEFAULT_SAMPLE_RATE = 100;

    public ProbePlan {
        if (idleMax != null && (idleMax.isNegative() || idleMax.isZero())) {
            throw new IllegalArgumentException("idleMax must be positive");
        }
        if (absoluteMax != null && (absoluteMax.isNegative() || absoluteMax.isZero())) {
            throw new IllegalArgumentException("absoluteMax must be positive");
        }
        if (samples < 0 || samples > 1_000_000) {
            throw new IllegalArgumentException("samples must be between 0 and 1000000, not " + samples);
        }
        if (!(sampleRate >= 0) || Double.isInfinite(sampleRate)) {
            throw new IllegalArgumentException("sampleRate must be >= 0");
        }
    }

    /** The cookie probes and an idle limit, without the token and absolute-timeout probes. */
    public ProbePlan(boolean logoutReplay, boolean foreignId, boolean urlId, Duration idleMax, int samples,
            double sampleRate) {
        this(logoutReplay, foreignId, urlId, false, idleMax, null, samples, sampleRate);
    }

    /** Logout replay, foreign ID, URL ID and unsigned token; no idle or absolute wait, no sample. */
    public static ProbePlan standard() {
        return new ProbePlan(true, true, true, true, null, null, 0, DEFAULT_SAMPLE_RATE);
    }

    /** Nothing at all (a passive analysis). */
    public static ProbePlan none() {
        return new ProbePlan(false, false, false, false, null, null, 0, DEFAULT_SAMPLE_RATE);
    }

    /**
     * One probe alone, as the app's probe rows run them; {@code limit} is the idle or the absolute-timeout
     * probe's limit (ignored for the others).
     */
    public static ProbePlan only(ProbeKind kind, Duration limit) {
        boolean timed = kind == ProbeKind.IDLE_TIMEOUT || kind == ProbeKind.ABSOLUTE_TIMEOUT;
        if (timed && (limit == null || limit.isNegative() || limit.isZero())) {
            throw new IllegalArgumentException("the " + (kind == ProbeKind.IDLE_TIMEOUT ? "idle" : "absolute")
                    + "-timeout probe needs a positive limit");
        }
        return new ProbePlan(kind == ProbeKind.LOGOUT_REPLAY, kind == ProbeKind.FOREIGN_ID,
                kind == ProbeKind.URL_ID_ACCEPTED, kind == ProbeKind.UNSIGNED_TOKEN,
                kind == ProbeKind.IDLE_TIMEOUT ? limit : null, kind == ProbeKind.ABSOLUTE_TIMEOUT ? limit : null, 0,
                DEFAULT_SAMPLE_RATE);
    }

    public ProbePlan withIdleMax(Duration d) {
        return new ProbePlan(logoutReplay, foreignId, urlId, unsignedToken, d, absoluteMax, samples, sampleRate);
    }

    public ProbePlan withAbsoluteMax(Duration d) {
        return new ProbePlan(logoutReplay, foreignId, urlId, unsignedToken, idleMax, d, samples, sampleRate);
    }

    public ProbePlan withUnsignedToken(boolean on) {
        return new ProbePlan(logoutReplay, foreignId, urlId, on, idleMax, absoluteMax, samples, sampleRate);
    }

    public ProbePlan withSamples(int n) {
        return new ProbePlan(logoutReplay, foreignId, urlId, unsignedToken, idleMax, absoluteMax, n, sampleRate);
    }

    public ProbePlan withSampleRate(double perSecond) {
        return new ProbePlan(logoutReplay, foreignId, urlId, unsignedToken, idleMax, absoluteMax, samples, perSecond);
    }

    /**
     * The plan as single steps in the order the runner sends them (logout replay, foreign ID, ID in URL, unsigned
     * token, idle timeout, absolute timeout, token sample), so a caller can hand each verdict on as it lands.
     */
    public List<ProbePlan> steps() {
        ProbePlan none = none().withSampleRate(sampleRate);
        List<ProbePlan> steps = new ArrayList<>();
        if (logoutReplay) {
            steps.add(new ProbePlan(true, false, false, null, 0, sampleRate));
        }
        if (foreignId) {
            steps.add(new ProbePlan(false, true, false, null, 0, sampleRate));
        }
        if (urlId) {
            steps.add(new ProbePlan(false, false, true, null, 0, sampleRate));
        }
        if (unsignedToken) {
            steps.add(none.withUnsignedToken(true));
        }
        if (idleMax != null) {
            steps.add(none.withIdleMax(idleMax));
        }
        if (absoluteMax != null) {
            steps.add(none.withAbsoluteMax(absoluteMax).withIdleMax(null));
        }
        if (samples > 0) {
            steps.add(none.withSamples(samples));
        }
        return steps;
    }

    /** A short name of what a single step does, for progress lines. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (logoutReplay) {
            parts.add("logout replay");
        }
        if (foreignId) {
            parts.add("foreign ID");
        }
        if (urlId) {
            parts.add("ID in URL");
        }
        if (unsignedToken) {
            parts.add("unsigned token");
        }
        if (idleMax != null) {
            parts.add("idle timeout");
        }
        if (absoluteMax != null) {
            parts.add("absolute timeout");
        }
        if (samples > 0) {
            parts.add("token sample of " + samples);
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    /** True when at least one probe would run. */
    public boolean any() {
        return logoutReplay || foreignId || urlId || unsignedToken || idleMax != null || absoluteMax != null
                || samples > 0;
    }
}

package dev.sessioninspector.ui.timeline;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.CredentialTimeline;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.RecordingData;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * What the timeline draws, precomputed once per recording so drawing and hit-testing only index arrays:
 * exchanges in time order (nanoseconds from the recording's first instant), their colour class, the lanes
 * and marks of the {@link CredentialTimeline} (the model the report's timeline draws too) and which
 * exchanges carry a failed-rule badge. No JavaFX.
 */
public final class TimelineModel {
    /** Colour classes of an exchange mark. */
    public static final byte OK = 0, REDIRECT = 1, CLIENT_ERROR = 2, SERVER_ERROR = 3, FAILED = 4, INFO = 5;

    private final Instant origin;
    private final long end;
    private final long[] starts;
    private final long[] ends;
    private final long[] ids;
    private final byte[] classes;
    private final boolean[] writes;
    private final BitSet badges;
    private final List<Lane> lanes;
    private final List<CredentialTimeline.Mark> marks;
    private final long[] markTimes;
    private final List<Exchange> exchanges;

    private TimelineModel(RecordingData data, AnalysisResult analysis, Set<Long> badgeIds) {
        exchanges = data.exchanges();
        CredentialTimeline credentials = CredentialTimeline.of(data, analysis);
        Instant first = data.recording().started();
        if (!exchanges.isEmpty() && exchanges.get(0).start().isBefore(first)) {
            first = exchanges.get(0).start();
        }
        for (CredentialTimeline.Lane lane : credentials.lanes()) {
            if (!lane.segments().isEmpty() && lane.segments().get(0).from().isBefore(first)) {
                first = lane.segments().get(0).from();
            }
        }
        origin = first;
        int n = exchanges.size();
        starts = new long[n];
        ends = new long[n];
        ids = new long[n];
        classes = new byte[n];
        writes = new boolean[n];
        badges = new BitSet(n);
        long last = 0;
        for (int i = 0; i < n; i++) {
            Exchange e = exchanges.get(i);
            starts[i] = nanos(e.start());
            ids[i] = e.id();
            classes[i] = classify(e.status());
            writes[i] = !e.method().equals("GET") && !e.method().equals("HEAD");
            if (badgeIds.contains(e.id())) {
                badges.set(i);
            }
            ends[i] = nanos(e.end());
            last = Math.max(last, ends[i]);
        }
        lanes = credentials.lanes().stream().map(this::lane).toList();
        marks = credentials.marks();
        markTimes = new long[marks.size()];
        for (int i = 0; i < markTimes.length; i++) {
            markTimes[i] = nanos(marks.get(i).time());
            last = Math.max(last, markTimes[i]);
        }
        for (Lane lane : lanes) {
            for (int s = 0; s < lane.segments(); s++) {
                last = Math.max(last, lane.ends[s] == Long.MAX_VALUE ? lane.starts[s] : lane.ends[s]);
            }
            for (long t : lane.lateTimes) {
                last = Math.max(last, t);
            }
        }
        end = Math.max(last, 1_000_000L);
    }

    /**
     * Builds the model; {@code analysis} (null while recording: the login and logout are then detected on the
     * recording so far, so they appear as they happen) puts the session cookies first; {@code badgeIds} are the exchanges that are evidence of a failed rule.
     */
    public static TimelineModel build(RecordingData data, AnalysisResult analysis, Set<Long> badgeIds) {
        return new TimelineModel(data, analysis, badgeIds == null ? Set.of() : badgeIds);
    }

    /** The colour class of a status code. */
    public static byte classify(int status) {
        if (status == 0) {
            return FAILED;
        }
        if (status < 200) {
            return INFO;
        }
        if (status < 300) {
            return OK;
        }
        if (status < 400) {
            return REDIRECT;
        }
        return status < 500 ? CLIENT_ERROR : SERVER_ERROR;
    }

    private long nanos(Instant t) {
        return Duration.between(origin, t).toNanos();
    }

    private Lane lane(CredentialTimeline.Lane lane) {
        List<CredentialTimeline.Segment> segs = lane.segments();
        int n = segs.size();
        long[] s = new long[n];
        long[] e = new long[n];
        int[] c = new int[n];
        String[] v = new String[n];
        long[] x = new long[n];
        for (int i = 0; i < n; i++) {
            CredentialTimeline.Segment seg = segs.get(i);
            s[i] = nanos(seg.from());
            e[i] = seg.to() == null ? Long.MAX_VALUE : nanos(seg.to());
            c[i] = seg.colour();
            v[i] = seg.value();
            x[i] = seg.exchangeId();
        }
        long[] exp = lane.expiries().stream().mapToLong(x0 -> nanos(x0.expires())).toArray();
        long[] late = lane.lateAcceptances().stream().mapToLong(a -> nanos(a.time())).toArray();
        return new Lane(lane.credential(), lane.session(), s, e, c, v, x, exp, late, lane);
    }

    public Instant origin() {
        return origin;
    }

    /** Nanoseconds from {@link #origin()} to the last thing on the timeline (at least one millisecond). */
    public long end() {
        return end;
    }

    public int size() {
        return starts.length;
    }

    public long start(int index) {
        return starts[index];
    }

    /** When exchange {@code index} ended (its response was read), in nanoseconds from the origin. */
    public long end(int index) {
        return ends[index];
    }

    public long id(int index) {
        return ids[index];
    }

    public byte colourClass(int index) {
        return classes[index];
    }

    /** True for a method that may change state (anything but GET and HEAD), drawn taller. */
    public boolean writes(int index) {
        return writes[index];
    }

    public boolean badged(int index) {
        return badges.get(index);
    }

    public Exchange exchange(int index) {
        return exchanges.get(index);
    }

    /** The index of an exchange id, or -1. */
    public int indexOf(long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** Login, logout and note marks, detected ones included, in time order. */
    public List<CredentialTimeline.Mark> marks() {
        return marks;
    }

    public long markTime(int index) {
        return markTimes[index];
    }

    /** The first index whose start is at or after {@code t} (binary search; {@link #size()} when none). */
    public int firstAtOrAfter(long t) {
        int i = Arrays.binarySearch(starts, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == t) {
            i--;
        }
        return i;
    }

    /** The exchange starting nearest to {@code t} within {@code tolerance} nanoseconds, or -1. */
    public int nearest(long t, long tolerance) {
        int i = firstAtOrAfter(t);
        int best = -1;
        long bestDist = Long.MAX_VALUE;
        for (int j = Math.max(0, i - 1); j <= Math.min(starts.length - 1, i); j++) {
            long d = Math.abs(starts[j] - t);
            if (d <= tolerance && d < bestDist) {
                best = j;
                bestDist = d;
            }
        }
        return best;
    }

    /**
     * A credential's lane, a cookie's or a header token's: one segment per value it held, from when it was first
     * carried, set or issued until it changed or went ({@code Long.MAX_VALUE} while a cookie is still held; a
     * token's ends at its last use), with the exchange that set, issued or first carried it. For a token, the
     * nanoseconds of each JWT value's {@code exp} ({@code expiries}, in the order of {@code source.expiries()},
     * which may lie past the recording's end) and of each use the server accepted after logout or past its
     * {@code exp} ({@code lateTimes}, in the order of {@code source.lateAcceptances()}).
     */
    public record Lane(CredentialTimeline.Credential credential, boolean session, long[] starts, long[] ends,
                       int[] colours, String[] values, long[] exchangeIds, long[] expiries, long[] lateTimes,
                       CredentialTimeline.Lane source) {
        public String name() {
            return credential.name();
        }

        /** True for a header token's lane. */
        public boolean token() {
            return source.token();
        }

        /** The segment shown at {@code t}, or -1 (binary search). */
        public int segmentAt(long t) {
            int i = Arrays.binarySearch(starts, t);
            int idx = i >= 0 ? i : -i - 2;
            while (idx >= 0 && i >= 0 && idx + 1 < starts.length && starts[idx + 1] == t) {
                idx++;
            }
            return idx >= 0 && t <= ends[idx] ? idx : -1;
        }

        /** How many different values the credential held. */
        public int distinctValues() {
            return (int) Arrays.stream(values).distinct().count();
        }

        public int segments() {
            return starts.length;
        }
    }
}

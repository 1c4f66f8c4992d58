package dev.sessioninspector.ui.timeline;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the timeline draws, precomputed once per recording so drawing and hit-testing only index arrays:
 * exchanges in time order (nanoseconds from the recording's first instant), their colour class, a lane per
 * cookie with one segment per value, the markers and which exchanges carry a failed-rule badge. No JavaFX.
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
    private final List<Marker> markers;
    private final long[] markerTimes;
    private final List<Exchange> exchanges;

    private TimelineModel(RecordingData data, Set<Long> badgeIds) {
        exchanges = data.exchanges();
        Instant first = data.recording().started();
        for (Exchange e : exchanges) {
            first = e.start().isBefore(first) ? e.start() : first;
            break;
        }
        if (!data.cookieEvents().isEmpty() && data.cookieEvents().get(0).time().isBefore(first)) {
            first = data.cookieEvents().get(0).time();
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
        lanes = buildLanes(data.cookieEvents());
        markers = data.markers();
        markerTimes = new long[markers.size()];
        for (int i = 0; i < markerTimes.length; i++) {
            markerTimes[i] = nanos(markers.get(i).time());
            last = Math.max(last, markerTimes[i]);
        }
        for (Lane lane : lanes) {
            for (long s : lane.starts) {
                last = Math.max(last, s);
            }
        }
        end = Math.max(last, 1_000_000L);
    }

    /** Builds the model; {@code badgeIds} are the exchanges that are evidence of a failed rule. */
    public static TimelineModel build(RecordingData data, Set<Long> badgeIds) {
        return new TimelineModel(data, badgeIds == null ? Set.of() : badgeIds);
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

    private List<Lane> buildLanes(List<CookieEvent> events) {
        Map<String, LaneBuilder> byName = new LinkedHashMap<>();
        for (CookieEvent ev : events) {
            String key = ev.cookie().name() + "\u0000" + ev.cookie().domain() + "\u0000" + ev.cookie().path();
            LaneBuilder b = byName.computeIfAbsent(key, k -> new LaneBuilder(ev.cookie().name(), ev.cookie().domain()));
            b.add(nanos(ev.time()), ev);
        }
        List<Lane> out = new ArrayList<>(byName.size());
        byName.values().forEach(b -> out.add(b.build()));
        return List.copyOf(out);
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

    public List<Marker> markers() {
        return markers;
    }

    public long markerTime(int index) {
        return markerTimes[index];
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
     * A cookie's lane: one segment per value it held, from when it was set until it changed or went
     * ({@code Long.MAX_VALUE} while it is still in the jar).
     */
    public record Lane(String name, String domain, long[] starts, long[] ends, int[] colours, String[] values,
                       CookieEvent[] events) {
        /** The segment shown at {@code t}, or -1 (binary search). */
        public int segmentAt(long t) {
            int i = Arrays.binarySearch(starts, t);
            int idx = i >= 0 ? i : -i - 2;
            while (idx >= 0 && i >= 0 && idx + 1 < starts.length && starts[idx + 1] == t) {
                idx++;
            }
            return idx >= 0 && t <= ends[idx] ? idx : -1;
        }

        /** How many different values the cookie held. */
        public int distinctValues() {
            return (int) Arrays.stream(values).distinct().count();
        }

        public int segments() {
            return starts.length;
        }
    }

    private final class LaneBuilder {
        private final String name;
        private final String domain;
        private final List<long[]> spans = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private final List<CookieEvent> events = new ArrayList<>();
        private final Map<String, Integer> colourOf = new LinkedHashMap<>();
        private boolean open;

        LaneBuilder(String name, String domain) {
            this.name = name;
            this.domain = domain;
        }

        void add(long t, CookieEvent ev) {
            if (open) {
                spans.get(spans.size() - 1)[1] = t;
                open = false;
            }
            if (ev.kind() == CookieEvent.Kind.SET || ev.kind() == CookieEvent.Kind.CHANGED) {
                spans.add(new long[] {t, Long.MAX_VALUE});
                values.add(ev.cookie().value());
                events.add(ev);
                colourOf.putIfAbsent(ev.cookie().value(), colourOf.size());
                open = true;
            }
        }

        Lane build() {
            int n = spans.size();
            long[] s = new long[n];
            long[] e = new long[n];
            int[] c = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = spans.get(i)[0];
                e[i] = spans.get(i)[1];
                c[i] = colourOf.get(values.get(i));
            }
            return new Lane(name, domain, s, e, c, values.toArray(String[]::new), events.toArray(CookieEvent[]::new));
        }
    }
}

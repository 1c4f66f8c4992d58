package dev.sessioninspector.analysis;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the session credentials of a recording were while it ran, the one model the app's timeline and the
 * report's SVG timeline both draw: a {@link Lane} per credential with a {@link Segment} per value, from the
 * first request that carried it (so a cookie already in the jar when Record was pressed has its lane from
 * the first exchange that sent it, not only from a {@code Set-Cookie}), and the {@link Mark}s of login,
 * logout and notes, the detected ones told apart from those a user or a flow placed.
 *
 * <p>Cookie values come from {@link CookieTraffic}: the {@code Cookie} headers sent, and what responses and
 * script set or deleted. Probe exchanges are left out. Lanes are keyed by {@link Credential} (a kind and a
 * name): a header token ({@code Authorization: Bearer …}, {@code X-Auth-Token}…) has a lane of the same shape,
 * built by {@link TokenLanes}, with a segment per value from where it was issued (or first sent) to its last use,
 * its JWT {@code exp} as an {@link Expiry}, and the {@link LateAcceptance}s the analysis proved.
 */
public final class CredentialTimeline {
    private final List<Lane> lanes;
    private final List<Mark> marks;

    private CredentialTimeline(List<Lane> lanes, List<Mark> marks) {
        this.lanes = List.copyOf(lanes);
        this.marks = List.copyOf(marks);
    }

    /**
     * Builds the timeline of a recording. {@code analysis} may be null (a recording still running): then the
     * login and logout are detected here, as the analysis will find them, so they appear as they happen, and no
     * lane is put first as the session's.
     */
    public static CredentialTimeline of(RecordingData data, AnalysisResult analysis) {
        Objects.requireNonNull(data, "data");
        CookieTraffic traffic = CookieTraffic.of(data);
        List<SessionCookie> session = analysis == null ? List.of() : analysis.sessionCookies();
        Map<String, LaneBuilder> byName = new LinkedHashMap<>();
        session.stream().filter(c -> !c.token()).forEach(c -> byName.put(c.name(),
                new LaneBuilder(new Credential(Credential.Kind.COOKIE, c.name()), true)));
        List<Step> steps = new ArrayList<>();
        for (Exchange e : traffic.exchanges()) {
            traffic.sent(e.id()).forEach((name, value) -> steps.add(new Step(e.start(), 0, name, value, e.id(), Cause.SENT)));
        }
        for (CookieEvent c : traffic.held()) {
            steps.add(new Step(c.time(), -1, c.cookie().name(), c.cookie().value(), 0, Cause.HELD));
        }
        for (IssuedCookie c : traffic.issued()) {
            Cause cause = c.deletion() ? Cause.DELETED : c.byScript() ? Cause.SCRIPT : Cause.SET;
            steps.add(new Step(c.time(), 1, c.name(), c.deletion() ? null : c.value(), c.exchangeId(), cause));
        }
        steps.sort(Comparator.comparing(Step::time).thenComparingInt(Step::order));
        for (Step s : steps) {
            byName.computeIfAbsent(s.name, n -> new LaneBuilder(new Credential(Credential.Kind.COOKIE, n), false)).add(s);
        }
        List<Lane> lanes = new ArrayList<>(byName.values().stream().map(LaneBuilder::build)
                .filter(l -> !l.segments().isEmpty() || !l.changes().isEmpty()).toList());
        lanes.addAll(TokenLanes.of(data, analysis));
        List<String> order = session.stream().map(SessionCookie::name).toList();
        lanes.sort(Comparator.comparingInt((Lane l) -> l.session() ? order.indexOf(l.name()) : order.size()));
        return new CredentialTimeline(lanes, marks(data, analysis, traffic));
    }

    private static List<Mark> marks(RecordingData data, AnalysisResult analysis, CookieTraffic traffic) {
        List<Mark> out = new ArrayList<>();
        for (Marker m : data.markers()) {
            out.add(new Mark(m.kind(), m.source(), m.time(), m.exchangeId(), m.label()));
        }
        AuthPoint[] points;
        if (analysis != null) {
            points = new AuthPoint[] {analysis.login(), analysis.logout()};
        } else {
            SessionModel.AuthPoints live = SessionModel.authPoints(data, traffic, new Redirects(data.exchanges()));
            points = new AuthPoint[] {live.login(), live.logout()};
        }
        for (AuthPoint p : points) {
            if (p != null && p.source() == Marker.Source.DETECTED) {
                out.add(new Mark(p.kind(), p.source(), p.time(), p.exchangeId(), p.reason()));
            }
        }
        out.sort(Comparator.comparing(Mark::time));
        return out;
    }

    /** One lane per credential: session credentials first, then in the order first seen. */
    public List<Lane> lanes() {
        return lanes;
    }

    /** Login, logout and note marks in time order; detected ones have {@link Marker.Source#DETECTED}. */
    public List<Mark> marks() {
        return marks;
    }

    /** What carries a session: a cookie, named, or a token, named by the request header that carries it. */
    public record Credential(Kind kind, String name) {
        /** The kind of credential a lane shows. */
        public enum Kind {
            /** Sent in the {@code Cookie} header. */
            COOKIE,
            /** Sent in a request header of its own: {@code Authorization: Bearer …}, {@code X-Auth-Token}… */
            TOKEN
        }

        public Credential {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Why a segment starts or a change is shown. */
    public enum Cause {
        /** First seen in a request's {@code Cookie} header (it was already held, e.g. in the jar before Record). */
        SENT,
        /** In the browser's jar when Record was pressed (no exchange: the segment's exchange id is 0). */
        HELD,
        /** A response set it. */
        SET,
        /** Page script set it. */
        SCRIPT,
        /** A response or script deleted it (or set it expired). */
        DELETED,
        /** A token a response issued (a JSON field, a response header, its body) or page storage held. */
        ISSUED
    }

    /**
     * One value held from {@code from} until {@code to} (null while it is still held at the end).
     *
     * @param exchangeId the exchange that set it or first carried it
     * @param colour     the index of the value among the lane's distinct values, in order first seen
     */
    public record Segment(String value, Instant from, Instant to, long exchangeId, Cause cause, int colour) {
        public Segment {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(cause, "cause");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("a segment cannot end before it starts");
            }
        }

        /** Whether the value was held at {@code t} (a segment includes its start, not its end). */
        public boolean covers(Instant t) {
            return !t.isBefore(from) && (to == null || t.isBefore(to));
        }
    }

    /**
     * A set, an issue or a deletion the recording shows ({@code value} null for a deletion).
     *
     * @param where for an issued token, where it was issued ({@code JSON field token},
     *              {@code localStorage['jwt']}); otherwise ""
     */
    public record Change(Instant time, long exchangeId, String value, Cause cause, int colour, String where) {
        public Change {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(cause, "cause");
            where = where == null ? "" : where;
        }

        public Change(Instant time, long exchangeId, String value, Cause cause, int colour) {
            this(time, exchangeId, value, cause, colour, "");
        }

        public boolean deletion() {
            return value == null;
        }
    }

    /**
     * When a token value stops being valid by its own claims: a JWT's {@code exp}.
     *
     * @param issuedAt its {@code iat}, or null
     * @param colour   the colour of the value on its lane
     */
    public record Expiry(String value, Instant expires, Instant issuedAt, int colour) {
        public Expiry {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(expires, "expires");
        }
    }

    /**
     * A use of a token value the server still accepted where it should not have: after logout, or past the
     * value's {@code exp}. Only what a failed check cites as evidence (a probe's replay, a recorded request).
     *
     * @param why for people: {@code accepted after logout (session.not-invalidated-at-logout)}
     */
    public record LateAcceptance(Instant time, long exchangeId, String value, String why) {
        public LateAcceptance {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * A credential's lane: its values in time order, the sets, issues and deletions seen, and for a token the
     * expiry of each JWT value and the late acceptances the analysis proved (both empty for a cookie).
     */
    public record Lane(Credential credential, boolean session, List<Segment> segments, List<Change> changes,
                       List<Expiry> expiries, List<LateAcceptance> lateAcceptances) {
        public Lane {
            Objects.requireNonNull(credential, "credential");
            segments = List.copyOf(segments);
            changes = List.copyOf(changes);
            expiries = List.copyOf(expiries);
            lateAcceptances = List.copyOf(lateAcceptances);
        }

        public Lane(Credential credential, boolean session, List<Segment> segments, List<Change> changes) {
            this(credential, session, segments, changes, List.of(), List.of());
        }

        /** True for a token's lane. */
        public boolean token() {
            return credential.kind() == Credential.Kind.TOKEN;
        }

        public String name() {
            return credential.name();
        }

        /** The segment held at {@code t}, or null (binary search over the segments). */
        public Segment segmentAt(Instant t) {
            int lo = 0;
            int hi = segments.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (segments.get(mid).from().isAfter(t)) {
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            }
            return hi >= 0 && segments.get(hi).covers(t) ? segments.get(hi) : null;
        }

        /** How many different values the credential held. */
        public int distinctValues() {
            return (int) segments.stream().map(Segment::value).distinct().count();
        }
    }

    /** A login, logout or note on the timeline, and who placed it. */
    public record Mark(Marker.Kind kind, Marker.Source source, Instant time, Long exchangeId, String label) {
        public Mark {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(time, "time");
            label = label == null ? "" : label;
        }

        /** True when the analysis found it, false when a user or a flow placed it. */
        public boolean detected() {
            return source == Marker.Source.DETECTED;
        }
    }

    /** One observation of a cookie; {@code order} puts what a request sent before what its response set. */
    private record Step(Instant time, int order, String name, String value, long exchangeId, Cause cause) {
    }

    private static final class LaneBuilder {
        private final Credential credential;
        private final boolean session;
        private final List<Segment> segments = new ArrayList<>();
        private final List<Change> changes = new ArrayList<>();
        private final Map<String, Integer> colours = new LinkedHashMap<>();
        private Segment open;

        LaneBuilder(Credential credential, boolean session) {
            this.credential = credential;
            this.session = session;
        }

        void add(Step s) {
            if (s.cause != Cause.SENT && s.cause != Cause.HELD) {
                changes.add(new Change(s.time, s.exchangeId, s.value, s.cause, s.value == null ? -1 : colour(s.value)));
            }
            if (open != null && s.value != null && open.value().equals(s.value)) {
                return;
            }
            if (s.value == null && open == null) {
                return;
            }
            close(s.time);
            if (s.value != null) {
                open = new Segment(s.value, s.time, null, s.exchangeId, s.cause, colour(s.value));
            }
        }

        private int colour(String value) {
            return colours.computeIfAbsent(value, v -> colours.size());
        }

        private void close(Instant at) {
            if (open != null) {
                segments.add(new Segment(open.value(), open.from(), at, open.exchangeId(), open.cause(), open.colour()));
                open = null;
            }
        }

        Lane build() {
            if (open != null) {
                segments.add(open);
                open = null;
            }
            return new Lane(credential, session, segments, changes);
        }
    }
}

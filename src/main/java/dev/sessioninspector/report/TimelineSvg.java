package dev.sessioninspector.report;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.CredentialTimeline;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingData;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The recording as an inline SVG, drawn from the same {@link CredentialTimeline} as the app's timeline:
 * exchanges along time (one column each, in order, coloured by status), a lane per cookie from the first
 * request that carried it, coloured by value (a new colour is a new value), login, logout and note lines
 * (dashed when a user or a flow placed them, solid when detected), and red rings on the exchanges findings
 * cite as evidence.
 */
final class TimelineSvg {
    static final int MAX_EXCHANGES = 1500;
    static final int MAX_LANES = 10;
    private static final int LEFT = 190;
    private static final int TOP = 44;
    private static final int LANE = 24;
    private static final String[] PALETTE = {"#2f7ed8", "#8bbc21", "#f28f43", "#9063cd", "#1aadce", "#c42525",
        "#77a1e5", "#a6c96a", "#e1a81f", "#492970"};

    private TimelineSvg() {
    }

    static String render(AnalysisResult result, RecordingData data) {
        List<Exchange> all = data.exchanges();
        List<Exchange> shown = all.size() > MAX_EXCHANGES ? all.subList(0, MAX_EXCHANGES) : all;
        CredentialTimeline timeline = CredentialTimeline.of(data, result);
        List<CredentialTimeline.Lane> lanes = timeline.lanes().size() > MAX_LANES
                ? timeline.lanes().subList(0, MAX_LANES) : timeline.lanes();
        Set<Long> evidence = new HashSet<>();
        for (Finding f : result.findings()) {
            f.evidence().stream().map(Evidence::exchange).forEach(evidence::add);
        }
        int step = Math.max(16, Math.min(48, 900 / Math.max(1, shown.size())));
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            column.put(shown.get(i).id(), i);
        }
        int width = LEFT + Math.max(1, shown.size()) * step + (lanes.stream().anyMatch(CredentialTimeline.Lane::token) ? 70 : 30);
        int height = TOP + 34 + lanes.size() * LANE + 30;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"Timeline of ").append(shown.size())
                .append(" exchanges\">\n");
        s.append("<text x=\"8\" y=\"").append(TOP + 4).append("\" class=\"lbl\">exchanges</text>\n");
        s.append("<line x1=\"").append(LEFT - 6).append("\" y1=\"").append(TOP).append("\" x2=\"").append(width - 20)
                .append("\" y2=\"").append(TOP).append("\" class=\"axis\"/>\n");
        for (CredentialTimeline.Mark mark : timeline.marks()) {
            markLine(s, mark, shown, column, step, height);
        }
        java.time.Instant t0 = shown.isEmpty() ? null : shown.get(0).start();
        int labelEvery = Math.max(1, 80 / step);
        for (int i = 0; i < shown.size(); i++) {
            Exchange e = shown.get(i);
            int x = x(i, step);
            if (evidence.contains(e.id())) {
                s.append("<circle cx=\"").append(x).append("\" cy=\"").append(TOP).append("\" r=\"8\" class=\"ev\"/>\n");
            }
            s.append("<circle cx=\"").append(x).append("\" cy=\"").append(TOP).append("\" r=\"5\" fill=\"")
                    .append(statusColour(e)).append("\"").append(e.initiator() == Initiator.PROBE ? " class=\"probe\"" : "")
                    .append("><title>").append(Html.esc("#" + e.id() + " " + e.method() + " " + e.url() + " → "
                            + (e.failed() ? "no response" : String.valueOf(e.status()))
                            + (evidence.contains(e.id()) ? " (evidence)" : "")))
                    .append("</title></circle>\n");
            if (i % labelEvery == 0) {
                s.append("<text x=\"").append(x).append("\" y=\"").append(TOP - 12).append("\" class=\"tick\">")
                        .append(Html.esc("+" + seconds(Duration.between(t0, e.start())))).append("</text>\n");
            }
        }
        for (int l = 0; l < lanes.size(); l++) {
            lane(s, lanes.get(l), TOP + 24 + l * LANE, shown, column, step);
        }
        if (all.size() > shown.size()) {
            s.append("<text x=\"").append(LEFT).append("\" y=\"").append(height - 8).append("\" class=\"lbl\">")
                    .append("first ").append(shown.size()).append(" of ").append(all.size()).append(" exchanges shown</text>\n");
        }
        s.append("</svg>");
        return s.toString();
    }

    /** A credential's lane: a cell per exchange while a value was held, an arrow per set, × per deletion. */
    private static void lane(StringBuilder s, CredentialTimeline.Lane lane, int y, List<Exchange> shown,
            Map<Long, Integer> column, int step) {
        String name = lane.name();
        boolean session = lane.session();
        s.append("<text x=\"8\" y=\"").append(y + 14).append("\" class=\"lbl").append(session ? " sess" : "")
                .append("\">").append(Html.esc(shorten(name, 24))).append(session ? " ★" : "").append("<title>")
                .append(Html.esc(name + (lane.token() ? session ? " (session token)" : " (token)"
                        : session ? " (session cookie)" : ""))).append("</title></text>\n");
        for (int i = 0; i < shown.size(); i++) {
            Exchange e = shown.get(i);
            CredentialTimeline.Segment seg = e.initiator() == Initiator.PROBE ? null : lane.segmentAt(e.start());
            if (seg != null) {
                s.append("<rect x=\"").append(x(i, step) - step / 2 + 1).append("\" y=\"").append(y + 3)
                        .append("\" width=\"").append(step - 2).append("\" height=\"").append(LANE - 8)
                        .append("\" fill=\"").append(PALETTE[seg.colour() % PALETTE.length]).append("\"><title>")
                        .append(Html.esc("#" + e.id() + " " + name + "=" + abbrev(seg.value()) + held(seg)))
                        .append("</title></rect>\n");
            }
        }
        for (CredentialTimeline.Change c : lane.changes()) {
            Integer col = column.get(c.exchangeId());
            if (col == null) {
                continue;
            }
            int x = x(col, step);
            if (c.deletion()) {
                s.append("<text x=\"").append(x).append("\" y=\"").append(y + 16).append("\" class=\"del\">×<title>")
                        .append(Html.esc("#" + c.exchangeId() + " deleted " + name)).append("</title></text>\n");
            } else {
                s.append("<path d=\"M").append(x - 5).append(' ').append(y - 2).append(" h10 l-5 6 z\" fill=\"")
                        .append(PALETTE[c.colour() % PALETTE.length]).append("\" class=\"set\"><title>")
                        .append(Html.esc("#" + c.exchangeId() + switch (c.cause()) {
                            case SCRIPT -> " script set " + name + "=" + abbrev(c.value());
                            case ISSUED -> " issued " + abbrev(c.value()) + " in " + c.where();
                            default -> " Set-Cookie " + name + "=" + abbrev(c.value());
                        })).append("</title></path>\n");
            }
        }
        if (lane.token()) {
            tokenMarks(s, lane, y, shown, column, step);
        }
    }

    /**
     * A token lane's JWT expiries (a dark bar before the first exchange at or after exp, or a note at the right
     * end when it expires after the last one) and the uses accepted after logout or past exp (red diamonds).
     */
    private static void tokenMarks(StringBuilder s, CredentialTimeline.Lane lane, int y, List<Exchange> shown,
            Map<Long, Integer> column, int step) {
        for (CredentialTimeline.Expiry x : lane.expiries()) {
            Integer col = firstAtOrAfter(shown, x.expires());
            String title = Html.esc("exp of " + abbrev(x.value()) + ": " + x.expires()
                    + (x.issuedAt() == null ? "" : " (lifetime " + seconds(Duration.between(x.issuedAt(), x.expires())) + ")"));
            if (col == null) {
                boolean last = !lane.segments().isEmpty()
                        && lane.segments().get(lane.segments().size() - 1).value().equals(x.value());
                if (last) {
                    s.append("<text x=\"").append(x(Math.max(0, shown.size() - 1), step) + step / 2 + 4)
                            .append("\" y=\"").append(y + 14).append("\" class=\"exp\">exp →<title>").append(title)
                            .append(" (after the last exchange)</title></text>\n");
                }
                continue;
            }
            int ex = x(col, step) - step / 2;
            s.append("<line x1=\"").append(ex).append("\" y1=\"").append(y).append("\" x2=\"").append(ex)
                    .append("\" y2=\"").append(y + LANE - 2).append("\" class=\"exp\" stroke=\"#1f2433\" stroke-width=\"3\"><title>")
                    .append(title).append("</title></line>\n");
            s.append("<text x=\"").append(ex + 4).append("\" y=\"").append(y + 14).append("\" class=\"exp\">exp</text>\n");
        }
        for (CredentialTimeline.LateAcceptance a : lane.lateAcceptances()) {
            Integer col = column.get(a.exchangeId());
            if (col == null) {
                continue;
            }
            int x = x(col, step);
            int cy = y + LANE / 2 - 1;
            s.append("<path d=\"M").append(x - 7).append(' ').append(cy).append(" l7 -7 l7 7 l-7 7 z\" class=\"late\"")
                    .append(" fill=\"#c42525\" stroke=\"#ffffff\"><title>")
                    .append(Html.esc("#" + a.exchangeId() + " " + lane.name() + "=" + abbrev(a.value()) + " " + a.why()))
                    .append("</title></path>\n");
        }
    }

    private static String held(CredentialTimeline.Segment seg) {
        return switch (seg.cause()) {
            case SENT -> " (carried since #" + seg.exchangeId() + ")";
            case HELD -> " (in the jar when Record was pressed)";
            default -> " (set by #" + seg.exchangeId() + ")";
        };
    }

    /** A login, logout or note line: dashed for a user's or a flow's mark, solid for a detected one. */
    private static void markLine(StringBuilder s, CredentialTimeline.Mark mark, List<Exchange> shown,
            Map<Long, Integer> column, int step, int height) {
        Integer col = mark.exchangeId() == null ? null : column.get(mark.exchangeId());
        if (col == null) {
            col = firstAtOrAfter(shown, mark.time());
            if (col == null) {
                return;
            }
        }
        String kind = mark.kind().name().toLowerCase(Locale.ROOT);
        String colour = switch (mark.kind()) {
            case LOGIN -> "#1b9e4b";
            case LOGOUT -> "#7a4cc2";
            case NOTE -> "#627d98";
        };
        int x = x(col, step);
        int labelY = mark.detected() ? 24 : 12;
        s.append("<line x1=\"").append(x).append("\" y1=\"").append(labelY).append("\" x2=\"").append(x)
                .append("\" y2=\"").append(height - 6).append("\" stroke=\"").append(colour)
                .append(mark.detected() ? "\" stroke-width=\"1.5\" class=\"mark detected\"/>\n"
                        : "\" stroke-dasharray=\"4 3\" class=\"mark\"/>\n");
        String label = mark.detected() ? kind + " (detected)"
                : kind + (mark.kind() == dev.sessioninspector.model.Marker.Kind.NOTE && !mark.label().isBlank()
                        ? ": " + shorten(mark.label(), 20) : "");
        String who = mark.detected() ? "detected" : mark.source().name().toLowerCase(Locale.ROOT) + " mark";
        s.append("<text x=\"").append(x + 4).append("\" y=\"").append(labelY).append("\" fill=\"").append(colour)
                .append("\" class=\"auth\">").append(Html.esc(label)).append("<title>")
                .append(Html.esc(kind + " at exchange " + (mark.exchangeId() == null ? "?" : mark.exchangeId()) + " ("
                        + who + ")" + (mark.label().isBlank() ? "" : ": " + mark.label())))
                .append("</title></text>\n");
    }

    private static Integer firstAtOrAfter(List<Exchange> shown, java.time.Instant t) {
        for (int i = 0; i < shown.size(); i++) {
            if (!shown.get(i).start().isBefore(t)) {
                return i;
            }
        }
        return null;
    }

    private static int x(int column, int step) {
        return LEFT + column * step + step / 2;
    }

    private static String statusColour(Exchange e) {
        if (e.failed()) {
            return "#999999";
        }
        if (e.status() >= 500) {
            return "#c0392b";
        }
        if (e.status() >= 400) {
            return "#e67e22";
        }
        if (e.status() >= 300) {
            return "#3498db";
        }
        return "#27ae60";
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    static String abbrev(String v) {
        return v.length() <= 12 ? v : v.substring(0, 10) + "…";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

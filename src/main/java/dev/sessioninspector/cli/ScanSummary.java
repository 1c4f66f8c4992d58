package dev.sessioninspector.cli;

import dev.sessioninspector.cookie.CookieHeader;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The summary {@code scan} prints of what it recorded. */
final class ScanSummary {
    private ScanSummary() {
    }

    static void print(ScanRun run) {
        RecordingData d = run.inspection.data();
        PrintWriter out = run.out;
        long redirects = d.exchanges().stream().filter(e -> e.redirectOf() != null).count();
        long failed = d.exchanges().stream().filter(Exchange::failed).count();
        long probes = d.exchanges().stream().filter(e -> e.initiator() == Initiator.PROBE).count();
        out.println("Recorded \"" + d.recording().name() + "\" (" + run.recorded.run().engine() + " engine, "
                + run.recorded.run().stepsRun() + " steps) into " + run.project.file());
        out.println("  recording:     " + d.recording().id());
        out.println("  exchanges:     " + d.exchanges().size() + " (" + redirects + " redirect hops, " + failed
                + " failed" + (probes == 0 ? "" : ", " + probes + " sent by the probes") + ")");
        out.println("  cookie events: " + d.cookieEvents().size());
        out.println("  markers:       " + (d.markers().isEmpty() ? "none" : d.markers().stream()
                .map(ScanSummary::marker).collect(Collectors.joining(", "))));
        Set<String> cookies = cookiesSeen(d);
        out.println("  cookies seen:  " + (cookies.isEmpty() ? "none" : String.join(", ", cookies)));
        for (String note : run.recorded.run().notes()) {
            out.println("  note: " + note);
        }
        out.flush();
    }

    private static String marker(Marker m) {
        return m.kind().name().toLowerCase(Locale.ROOT) + (m.exchangeId() == null ? "" : " at exchange " + m.exchangeId());
    }

    /** Every cookie name set by the server or sent by the client, sorted. */
    static Set<String> cookiesSeen(RecordingData d) {
        Set<String> names = new TreeSet<>();
        for (CookieEvent e : d.cookieEvents()) {
            names.add(e.cookie().name());
        }
        for (Exchange e : d.exchanges()) {
            e.requestHeaders().values("Cookie").forEach(h -> CookieHeader.parse(h).stream().map(Cookie::name)
                    .forEach(names::add));
        }
        names.remove("");
        return names;
    }
}

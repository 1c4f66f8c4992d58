package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The values of a cookie the server issued to the active probes ({@code PROBE} exchanges of the same recording),
 * in the order it issued them. A value a probe had already sent is not counted as issued: a server that sets a
 * made-up ID back did not generate it.
 */
final class ProbeIssued {
    private ProbeIssued() {
    }

    static List<ObservedValue> values(RecordingData data, String cookie) {
        List<Exchange> probes = data.exchanges().stream().filter(e -> e.initiator() == Initiator.PROBE)
                .sorted(java.util.Comparator.comparingLong(Exchange::id)).toList();
        Set<String> sent = new HashSet<>();
        Set<String> kept = new HashSet<>();
        List<ObservedValue> out = new ArrayList<>();
        for (Exchange e : probes) {
            e.requestHeaders().values("Cookie").forEach(h -> sent.addAll(SetCookies.parseCookieHeader(h).values()));
            for (String header : e.responseHeaders().values("Set-Cookie")) {
                SetCookies.parse(header, e.url(), e.start())
                        .filter(c -> c.name().equals(cookie) && !c.expiredAt(e.start()))
                        .map(Cookie::value)
                        .filter(v -> !v.isEmpty() && !sent.contains(v) && kept.add(v))
                        .ifPresent(v -> out.add(new ObservedValue(v, e.id(), e.start(), true)));
            }
        }
        return List.copyOf(out);
    }
}

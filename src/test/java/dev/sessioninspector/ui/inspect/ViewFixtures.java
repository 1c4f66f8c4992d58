package dev.sessioninspector.ui.inspect;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.flow.HttpFlowEngine;
import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.SameSite;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.DemoShopFlows;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Recordings for the view tests and the timeline benchmark: synthetic ones and the real demo shop. */
public final class ViewFixtures {
    /** The exchange at which the synthetic recordings log in (the session cookie rotates there). */
    public static final int LOGIN_AT = 10;
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private ViewFixtures() {
    }

    /**
     * {@code n} exchanges 20 ms apart (ids 1..n): GETs, a POST every 7th, a 302 every 11th, a 404 every 13th,
     * a failure every 97th; cookie {@code SID} set at exchange 1 ("anon"), rotated at login to "s-1", then a
     * new value every 1,000 exchanges; cookie {@code theme} set once by script; login and logout markers.
     */
    public static RecordingData synthetic(int n) {
        List<Exchange> ex = new ArrayList<>(n);
        List<CookieEvent> events = new ArrayList<>();
        Cookie sid = new Cookie("SID", "anon", "shop.test", "/", true, null, null, false, false,
                SameSite.UNSPECIFIED, false, "SID=anon; Path=/");
        for (int i = 1; i <= n; i++) {
            Instant t = T0.plusMillis(20L * i);
            String method = i % 7 == 0 ? "POST" : "GET";
            int status = i % 97 == 0 ? 0 : i % 13 == 0 ? 404 : i % 11 == 0 ? 302 : 200;
            String path = i == LOGIN_AT ? "/login" : "/page/" + i;
            Headers req = Headers.of("Host", "shop.test", "Cookie", "SID=" + sid.value());
            Headers res = status == 0 ? Headers.EMPTY : Headers.of("Content-Type", "application/json");
            Body body = status == 200 ? Body.ofText("{\"page\":" + i + ",\"items\":[1,2]}") : Body.EMPTY;
            Cookie next = null;
            if (i == 1) {
                next = sid;
            } else if (i == LOGIN_AT || i % 1000 == 0) {
                next = sid.withValue("s-" + i);
            }
            if (next != null) {
                res = res.with("Set-Cookie", next.name() + "=" + next.value() + "; Path=/");
                events.add(new CookieEvent(events.size() + 1, 1, t.plusMillis(5),
                        i == 1 ? CookieEvent.Kind.SET : CookieEvent.Kind.CHANGED, CookieEvent.Source.SERVER, next,
                        i == 1 ? null : sid, (long) i, URI.create("http://shop.test" + path)));
                sid = next;
            }
            ex.add(new Exchange(i, 1, t, Duration.ofMillis(8), i == LOGIN_AT ? "POST" : method,
                    URI.create("http://shop.test" + path), req, Body.EMPTY, status, res, body, Initiator.DOCUMENT,
                    null, status == 0 ? "connection refused" : null));
        }
        events.add(new CookieEvent(events.size() + 1, 1, T0.plusMillis(30), CookieEvent.Kind.SET,
                CookieEvent.Source.SCRIPT, Cookie.simple("theme", "dark"), null, null, URI.create("http://shop.test/")));
        List<Marker> markers = List.of(
                new Marker(1, 1, T0.plusMillis(20L * LOGIN_AT), Marker.Kind.LOGIN, Marker.Source.USER, "", (long) LOGIN_AT),
                new Marker(2, 1, T0.plusMillis(20L * (n - 2)), Marker.Kind.LOGOUT, Marker.Source.USER, "", null));
        return new RecordingData(new Recording(1, "synthetic", URI.create("http://shop.test/"), T0,
                T0.plusMillis(20L * n + 100)), ex, events, markers, List.of());
    }

    /** Records the demo shop (weak) signing in, adding to the cart and out, into a new project at {@code file}. */
    public static Path recordDemoShop(Path file) {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak()); Project p = Project.open(file)) {
            FlowRecorder.record(p, DemoShopFlows.shop(shop.baseUri()), new HttpFlowEngine(),
                    Clock.systemUTC(), FlowOptions.defaults(), null);
        }
        return file;
    }
}

package dev.sessioninspector.har;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessioninspector.cookie.CookieJar;
import dev.sessioninspector.cookie.JarChange;
import dev.sessioninspector.cookie.JarResult;
import dev.sessioninspector.cookie.Rejection;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.StorageSnapshot;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects what {@link HarImporter} streams (log fields, entries) and builds the recording at the end:
 * exchange ids, redirect links, cookie events (from the file's own block or replayed through a cookie
 * jar), and the warnings.
 */
final class ImportAssembler {
    private static final int MAX_COOKIE_WARNINGS = 10;

    private final String sourceName;
    private final Clock clock;
    private final Map<String, JsonNode> logFields = new HashMap<>();
    private final List<Item> items = new ArrayList<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final SanitizedHarDetector sanitized = new SanitizedHarDetector();
    private final StringPool strings = new StringPool();
    private int externalBodies;

    private record Item(Exchange exchange, String redirectUrl, Long fileId, int index) {
    }

    ImportAssembler(String sourceName, Clock clock) {
        this.sourceName = sourceName == null || sourceName.isBlank() ? "imported HAR" : sourceName;
        this.clock = clock;
    }

    StringPool strings() {
        return strings;
    }

    void logField(String name, JsonNode value) {
        logFields.put(name, value);
    }

    void entry(HarEntryReader.Read read, int index) {
        if (read.exchange() == null) {
            skipped.merge(read.skipped(), 1, Integer::sum);
            return;
        }
        if (read.externalBody()) {
            externalBodies++;
        }
        sanitized.inspect(read.exchange());
        items.add(new Item(read.exchange(), read.redirectUrl(), read.fileId(), index));
    }

    /** The items of one list of this app's {@code _sessionInspector} block; a bad one is named in one line. */
    private static <T> List<T> blockItems(JsonNode block, String field, java.util.function.Function<JsonNode, T> read)
            throws HarFormatException {
        List<T> items = new ArrayList<>();
        int index = 0;
        for (JsonNode n : block.path(field)) {
            index++;
            try {
                items.add(read.apply(n));
            } catch (RuntimeException e) {
                throw new HarFormatException("bad _sessionInspector." + field + " item " + index + ": "
                        + ModelJson.reason(e), -1, -1);
            }
        }
        return items;
    }

    HarImport finish() throws HarFormatException {
        List<String> warnings = new ArrayList<>();
        JsonNode block = logFields.get("_sessionInspector");
        boolean ownBlock = block != null && block.isObject();

        items.sort(Comparator.comparing((Item i) -> i.exchange().start()).thenComparingInt(Item::index));
        List<Exchange> exchanges = assignIds();
        if (!ownBlock) {
            exchanges = linkRedirects(exchanges); // this app's HARs carry their own links
        }

        List<CookieEvent> events;
        List<Marker> markers = new ArrayList<>();
        List<StorageSnapshot> storage = new ArrayList<>();
        if (ownBlock && block.path("cookieEvents").isArray()) {
            events = blockItems(block, "cookieEvents", ModelJson::event);
            markers.addAll(blockItems(block, "markers", ModelJson::marker));
            storage.addAll(blockItems(block, "storage", ModelJson::storage));
        } else {
            events = deriveCookieEvents(exchanges, warnings);
        }

        skipped.forEach((why, count) -> warnings.add(0, "skipped " + count + " entr" + (count == 1 ? "y" : "ies")
                + " with " + why));
        if (externalBodies > 0) {
            warnings.add(externalBodies + " response bodies are stored outside the HAR (Playwright \"_file\") and "
                    + "were not loaded");
        }
        warnings.addAll(0, sanitized.warnings(logFields.get("comment"), block, exchanges.size()));
        if (exchanges.isEmpty()) {
            warnings.add("the HAR holds no HTTP entries");
        }
        return new HarImport(new RecordingData(recording(block, exchanges), exchanges, events, markers, storage),
                warnings);
    }

    /** The file's own {@code _id}s when every entry has a distinct one, else 1..n in time order. */
    private List<Exchange> assignIds() {
        Set<Long> seen = new HashSet<>();
        boolean useFileIds = items.stream().allMatch(i -> i.fileId() != null && seen.add(i.fileId()));
        List<Exchange> out = new ArrayList<>(items.size());
        long next = 1;
        for (Item i : items) {
            Exchange e = i.exchange().withId(useFileIds ? i.fileId() : next++);
            if (!useFileIds && e.redirectOf() != null) {
                e = new Exchange(e.id(), 0, e.start(), e.duration(), e.method(), e.url(), e.requestHeaders(),
                        e.requestBody(), e.status(), e.responseHeaders(), e.responseBody(), e.initiator(), null, e.error());
            }
            out.add(e);
        }
        return out;
    }

    /** A request to the URL a 3xx named (redirectURL or Location) is that redirect's hop. */
    private List<Exchange> linkRedirects(List<Exchange> exchanges) {
        Map<String, Long> pending = new HashMap<>();
        List<Exchange> out = new ArrayList<>(exchanges.size());
        for (int k = 0; k < exchanges.size(); k++) {
            Exchange e = exchanges.get(k);
            Long from = pending.remove(e.url().toString());
            if (from != null && e.redirectOf() == null) {
                Initiator init = e.initiator() == Initiator.UNKNOWN ? Initiator.REDIRECT : e.initiator();
                e = new Exchange(e.id(), 0, e.start(), e.duration(), e.method(), e.url(), e.requestHeaders(),
                        e.requestBody(), e.status(), e.responseHeaders(), e.responseBody(), init, from, e.error());
            }
            out.add(e);
            String target = items.get(k).redirectUrl() != null ? items.get(k).redirectUrl()
                    : e.isRedirect() ? e.responseHeaders().first("Location").orElse(null) : null;
            if (target != null && e.status() >= 300 && e.status() < 400) {
                try {
                    pending.put(e.url().resolve(target.replace(" ", "%20")).toString(), e.id());
                } catch (IllegalArgumentException unresolvable) {
                    // a Location no browser could follow links nothing
                }
            }
        }
        return out;
    }

    private static List<CookieEvent> deriveCookieEvents(List<Exchange> exchanges, List<String> warnings) {
        CookieJar jar = new CookieJar(Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC));
        List<CookieEvent> events = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int rejections = 0;
        long id = 1;
        for (Exchange e : exchanges) {
            List<String> setCookies = e.responseHeaders().values("Set-Cookie");
            Instant at = e.end();
            JarResult r = jar.apply(e.url(), setCookies, at);
            for (JarChange ch : r.changes()) {
                boolean expiry = ch.kind() == CookieEvent.Kind.EXPIRED;
                Instant time = expiry && ch.cookie().expires() != null ? ch.cookie().expires() : at;
                events.add(ch.toEvent(time, CookieEvent.Source.SERVER, expiry ? null : e.id(), expiry ? null : e.url())
                        .withId(id++));
            }
            for (Rejection rej : r.rejections()) {
                if (++rejections <= MAX_COOKIE_WARNINGS) {
                    rejected.add("exchange " + e.id() + " (" + e.method() + " " + e.url() + "): " + rej.message());
                }
            }
        }
        warnings.addAll(rejected);
        if (rejections > MAX_COOKIE_WARNINGS) {
            warnings.add((rejections - MAX_COOKIE_WARNINGS) + " more Set-Cookie headers were ignored");
        }
        return events;
    }

    private Recording recording(JsonNode block, List<Exchange> exchanges) throws HarFormatException {
        JsonNode rec = block == null ? null : block.path("recording");
        JsonNode page = logFields.containsKey("pages") ? logFields.get("pages").path(0) : null;
        String name = text(rec, "name");
        if (name == null) {
            name = text(page, "title");
        }
        if (name == null) {
            name = sourceName;
        }
        URI target = null;
        String targetText = text(rec, "target");
        if (targetText != null) {
            target = ModelJson.httpUrl(targetText, "_sessionInspector.recording.target");
        } else if (!exchanges.isEmpty()) {
            target = URI.create(exchanges.get(0).origin() + "/");
        }
        Instant started = instant(rec, "started");
        if (started == null) {
            Instant pageStart = instant(page, "startedDateTime");
            Instant first = exchanges.isEmpty() ? null : exchanges.get(0).start();
            started = pageStart != null && (first == null || pageStart.isBefore(first)) ? pageStart : first;
        }
        if (started == null) {
            started = clock.instant();
        }
        Instant ended = instant(rec, "ended");
        if (ended == null && rec == null && !exchanges.isEmpty()) {
            ended = exchanges.stream().map(Exchange::end).max(Comparator.naturalOrder()).orElse(started);
        }
        return new Recording(0, name, target, started, ended);
    }

    private static String text(JsonNode n, String field) {
        return n == null || !n.hasNonNull(field) || n.get(field).asText().isBlank() ? null : n.get(field).asText();
    }

    private static Instant instant(JsonNode n, String field) {
        String t = text(n, field);
        if (t == null) {
            return null;
        }
        try {
            return HarDates.parse(t);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}

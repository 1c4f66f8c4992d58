package dev.sessioninspector.browser.flow;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingSink;
import dev.sessioninspector.model.StorageSnapshot;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Passes everything to the real sink and remembers a summary of each exchange, so the browser flow engine
 * can tie a step's mark to the step's first page request and tell what a step loaded, without reading the
 * store back.
 */
final class ObservingSink implements RecordingSink {
    /** What the engine needs to know of a recorded exchange. */
    record Seen(long id, Instant start, String method, URI url, int status, Initiator initiator, String error) {
        boolean page() {
            return initiator == Initiator.DOCUMENT || initiator == Initiator.FORM || initiator == Initiator.REDIRECT;
        }
    }

    private final RecordingSink target;
    private final List<Seen> seen = new ArrayList<>();

    ObservingSink(RecordingSink target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public long reserveExchangeId() {
        return target.reserveExchangeId();
    }

    @Override
    public long exchange(Exchange exchange) {
        long id = target.exchange(exchange);
        synchronized (seen) {
            seen.add(new Seen(id, exchange.start(), exchange.method(), exchange.url(), exchange.status(),
                    exchange.initiator(), exchange.error()));
        }
        return id;
    }

    @Override
    public void cookieEvent(CookieEvent event) {
        target.cookieEvent(event);
    }

    @Override
    public void marker(Marker marker) {
        target.marker(marker);
    }

    @Override
    public void storage(StorageSnapshot snapshot) {
        target.storage(snapshot);
    }

    /** The page requests (documents, forms, redirect hops) that started at or after {@code from}, in start order. */
    List<Seen> pagesSince(Instant from) {
        synchronized (seen) {
            return seen.stream().filter(s -> s.page() && !s.start().isBefore(from))
                    .sorted(Comparator.comparing(Seen::start).thenComparingLong(Seen::id)).toList();
        }
    }

    /** The first exchange of any kind that started at or after {@code from}. */
    Optional<Seen> firstSince(Instant from) {
        synchronized (seen) {
            return seen.stream().filter(s -> !s.start().isBefore(from))
                    .min(Comparator.comparing(Seen::start).thenComparingLong(Seen::id));
        }
    }

    /** The last exchange recorded before {@code from}, if any. */
    Optional<Seen> lastBefore(Instant from) {
        synchronized (seen) {
            return seen.stream().filter(s -> s.start().isBefore(from))
                    .max(Comparator.comparing(Seen::start).thenComparingLong(Seen::id));
        }
    }
}

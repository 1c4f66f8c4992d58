package dev.sessioninspector.ui.exchanges;

import dev.sessioninspector.model.Exchange;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One row of the exchanges table, worked out once per exchange (off the FX thread). It keeps no headers or
 * bodies: the table's detail loads the selected exchange.
 *
 * @param offsetMillis milliseconds from the recording's start
 * @param size         the response body's original size in bytes
 * @param sent         cookies the request sent
 * @param set          cookies the response set
 */
public record ExchangeRow(long id, double offsetMillis, String method, String url, int status,
                          long size, long durationMillis, int sent, int set, String searchText) {

    /** The row of {@code e}, timed from {@code origin}. */
    public static ExchangeRow of(Exchange e, Instant origin) {
        int sent = CookieRows.sentCount(e);
        int set = CookieRows.setCount(e);
        String url = e.url().toString();
        String status = e.failed() ? "failed" : e.status() + " " + (e.status() / 100) + "xx";
        String search = (e.id() + " " + e.method() + " " + url + " " + status + (set > 0 ? " set-cookie" : ""))
                .toLowerCase(Locale.ROOT);
        return new ExchangeRow(e.id(), Duration.between(origin, e.start()).toNanos() / 1e6, e.method(), url,
                e.status(), e.responseBody().originalSize(), e.duration().toMillis(), sent, set, search);
    }

    /**
     * True when every space-separated term of {@code filter} occurs in the row (id, method, URL, status,
     * "2xx"-style status class, "failed", "set-cookie"); a term starting with {@code -} must not occur.
     */
    public boolean matches(String[] terms) {
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            boolean negate = term.startsWith("-") && term.length() > 1;
            boolean found = searchText.contains(negate ? term.substring(1) : term);
            if (found == negate) {
                return false;
            }
        }
        return true;
    }

    /** The filter text split into lower-case terms. */
    public static String[] terms(String filter) {
        return filter == null ? new String[0] : filter.toLowerCase(Locale.ROOT).strip().split("\\s+");
    }

    /** The size for the table: "1.2 KB". */
    public String sizeText() {
        if (size < 1024) {
            return size + " B";
        }
        return size < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", size / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
    }

    public String statusText() {
        return status == 0 ? "failed" : Integer.toString(status);
    }

    public String timeText() {
        return String.format(Locale.ROOT, "%.3f s", offsetMillis / 1000);
    }
}

package dev.sessioninspector.har;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO 8601 dates as HAR writers produce them ({@code Z} or an offset, with or without fractions). */
final class HarDates {
    private HarDates() {
    }

    /** The instant, or an {@link IllegalArgumentException} naming the text. */
    static Instant parse(String text) {
        Instant t;
        try {
            t = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                t = Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 date with a time zone");
            }
        }
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw new IllegalArgumentException("'" + text + "' is out of range (years 1900 to 9999)");
        }
        return t;
    }

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
}

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
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 date with a time zone");
            }
        }
    }
}

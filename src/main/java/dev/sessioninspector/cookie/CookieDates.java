package dev.sessioninspector.cookie;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.Optional;

/**
 * The cookie-date algorithm of RFC 6265 §5.1.1 (unchanged in 6265bis): the lenient way browsers read an
 * {@code Expires} attribute. Tokens are split at the delimiters the RFC names; the first token that looks
 * like a time, a day of month, a month and a year fills each field; anything else is ignored. Time zones
 * are ignored (cookie dates are always UTC).
 */
public final class CookieDates {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private CookieDates() {
    }

    /** The date the string denotes, or empty when the algorithm fails to read one. */
    public static Optional<Instant> parse(String cookieDate) {
        if (cookieDate == null) {
            return Optional.empty();
        }
        Fields f = new Fields();
        int i = 0;
        int n = cookieDate.length();
        while (i < n) {
            while (i < n && isDelimiter(cookieDate.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isDelimiter(cookieDate.charAt(i))) {
                i++;
            }
            if (i > start) {
                f.accept(cookieDate.substring(start, i));
            }
        }
        return f.toInstant();
    }

    /** delimiter = %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E */
    static boolean isDelimiter(char c) {
        return c == 0x09 || (c >= 0x20 && c <= 0x2F) || (c >= 0x3B && c <= 0x40) || (c >= 0x5B && c <= 0x60)
                || (c >= 0x7B && c <= 0x7E);
    }

    private static final class Fields {
        int hour = -1;
        int minute;
        int second;
        int day = -1;
        int month = -1;
        int year = -1;

        void accept(String token) {
            if (hour < 0 && readTime(token)) {
                return;
            }
            if (day < 0) {
                int d = leadingDigits(token, 1, 2);
                if (d >= 0) {
                    day = d;
                    return;
                }
            }
            if (month < 0 && token.length() >= 3) {
                String prefix = token.substring(0, 3).toLowerCase(java.util.Locale.ROOT);
                for (int m = 0; m < MONTHS.length; m++) {
                    if (MONTHS[m].equals(prefix)) {
                        month = m + 1;
                        return;
                    }
                }
            }
            if (year < 0) {
                int y = leadingDigits(token, 2, 4);
                if (y >= 0) {
                    year = y;
                }
            }
        }

        /** time = hms-time [ non-digit *OCTET ]; hms-time = time-field ":" time-field ":" time-field */
        private boolean readTime(String token) {
            int[] parts = new int[3];
            int pos = 0;
            for (int p = 0; p < 3; p++) {
                int start = pos;
                while (pos < token.length() && pos - start < 2 && isDigit(token.charAt(pos))) {
                    pos++;
                }
                if (pos == start) {
                    return false;
                }
                parts[p] = Integer.parseInt(token.substring(start, pos));
                if (p < 2) {
                    if (pos >= token.length() || token.charAt(pos) != ':') {
                        return false;
                    }
                    pos++;
                }
            }
            if (pos < token.length() && isDigit(token.charAt(pos))) {
                return false;
            }
            hour = parts[0];
            minute = parts[1];
            second = parts[2];
            return true;
        }

        /** min*max DIGIT [ non-digit *OCTET ]: the number, or -1 when the token does not start that way. */
        private static int leadingDigits(String token, int min, int max) {
            int pos = 0;
            while (pos < token.length() && isDigit(token.charAt(pos))) {
                pos++;
            }
            if (pos < min || pos > max) {
                return -1;
            }
            return Integer.parseInt(token.substring(0, pos));
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        Optional<Instant> toInstant() {
            if (hour < 0 || day < 0 || month < 0 || year < 0) {
                return Optional.empty();
            }
            int y = year;
            if (y >= 70 && y <= 99) {
                y += 1900;
            } else if (y >= 0 && y <= 69) {
                y += 2000;
            }
            if (day < 1 || day > 31 || y < 1601 || hour > 23 || minute > 59 || second > 59) {
                return Optional.empty();
            }
            try {
                LocalDateTime t = LocalDateTime.of(LocalDate.of(y, month, day), LocalTime.of(hour, minute, second));
                return Optional.of(t.toInstant(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                return Optional.empty(); // 31 April and the like: the RFC says "fail"
            }
        }
    }
}

package dev.sessioninspector.cookie;

import dev.sessioninspector.model.SameSite;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses a {@code Set-Cookie} header value as RFC 6265bis §5.6 tells a user agent to: leniently, never
 * failing on odd syntax, ignoring attributes it cannot read. A string without {@code =} is a cookie with
 * an empty name (6265bis; RFC 6265 ignored it). The whole string is ignored only when it holds a control
 * character, its name and value together exceed {@value #MAX_NAME_VALUE_BYTES} bytes, or both are empty.
 */
public final class SetCookieParser {
    /** 6265bis §5.6: name plus value longer than this (in UTF-8 bytes) makes the cookie ignored. */
    public static final int MAX_NAME_VALUE_BYTES = 4096;
    /** 6265bis §5.6: an attribute value longer than this (in UTF-8 bytes) is ignored. */
    public static final int MAX_ATTRIBUTE_VALUE_BYTES = 1024;
    /** At most this many diagnostic notes are kept per header (a hostile header may hold thousands). */
    static final int MAX_NOTES = 16;

    private SetCookieParser() {
    }

    /** Parses one header value (without the {@code Set-Cookie:} name). */
    public static SetCookieParse parse(String header) {
        if (header == null) {
            return SetCookieParse.rejected("empty Set-Cookie header");
        }
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if ((c <= 0x08) || (c >= 0x0A && c <= 0x1F) || c == 0x7F) {
                return SetCookieParse.rejected(String.format("control character 0x%02X in the header", (int) c));
            }
        }
        int semicolon = header.indexOf(';');
        String pair = semicolon < 0 ? header : header.substring(0, semicolon);
        String name;
        String value;
        int eq = pair.indexOf('=');
        if (eq < 0) {
            name = "";
            value = trim(pair);
        } else {
            name = trim(pair.substring(0, eq));
            value = trim(pair.substring(eq + 1));
        }
        if (name.isEmpty() && value.isEmpty()) {
            return SetCookieParse.rejected("no cookie name or value");
        }
        int size = utf8Length(name) + utf8Length(value);
        if (size > MAX_NAME_VALUE_BYTES) {
            return SetCookieParse.rejected("name and value are " + size + " bytes, over the "
                    + MAX_NAME_VALUE_BYTES + "-byte limit");
        }
        Attributes a = new Attributes();
        if (semicolon >= 0) {
            a.readAll(header.substring(semicolon + 1));
        }
        return SetCookieParse.ok(new ParsedSetCookie(name, value, a.expires, a.maxAge, a.domain, a.path,
                a.pathAttribute, a.secure, a.httpOnly, a.sameSite, a.partitioned, header, a.notes));
    }

    /** Removes leading and trailing WSP (space and horizontal tab) only, as the RFC says. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWsp(s.charAt(start))) {
            start++;
        }
        while (end > start && isWsp(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isWsp(char c) {
        return c == ' ' || c == '\t';
    }

    static int utf8Length(String s) {
        int ascii = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
            ascii++;
        }
        return ascii;
    }

    private static final class Attributes {
        Instant expires;
        Long maxAge;
        String domain;
        String path;
        boolean pathAttribute;
        boolean secure;
        boolean httpOnly;
        SameSite sameSite = SameSite.UNSPECIFIED;
        boolean partitioned;
        final List<String> notes = new ArrayList<>();
        private int dropped;

        private void note(String text) {
            if (notes.size() < MAX_NOTES) {
                notes.add(text);
            } else {
                dropped++;
            }
        }

        void readAll(String unparsed) {
            int pos = 0;
            while (pos <= unparsed.length()) {
                int next = unparsed.indexOf(';', pos);
                String av = next < 0 ? unparsed.substring(pos) : unparsed.substring(pos, next);
                read(av);
                if (next < 0) {
                    break;
                }
                pos = next + 1;
            }
            if (dropped > 0) {
                notes.add(dropped + " more attributes ignored");
            }
        }

        private void read(String av) {
            int eq = av.indexOf('=');
            String name = trim(eq < 0 ? av : av.substring(0, eq));
            String value = eq < 0 ? "" : trim(av.substring(eq + 1));
            if (name.isEmpty()) {
                return;
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (utf8Length(value) > MAX_ATTRIBUTE_VALUE_BYTES) {
                note(name + " ignored: value over " + MAX_ATTRIBUTE_VALUE_BYTES + " bytes");
                return;
            }
            switch (key) {
                case "expires" -> readExpires(name, value);
                case "max-age" -> readMaxAge(name, value);
                case "domain" -> {
                    if (value.isEmpty()) {
                        note("empty Domain ignored");
                    } else {
                        domain = (value.startsWith(".") ? value.substring(1) : value).toLowerCase(Locale.ROOT);
                    }
                }
                case "path" -> {
                    pathAttribute = true;
                    path = value.startsWith("/") ? value : null;
                }
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                case "samesite" -> readSameSite(value);
                case "partitioned" -> partitioned = true;
                default -> note("unknown attribute " + name + " ignored");
            }
        }

        private void readExpires(String name, String value) {
            Optional<Instant> date = CookieDates.parse(value);
            if (date.isPresent()) {
                expires = date.get();
            } else {
                note(name + "=" + value + " is not a cookie date; ignored");
            }
        }

        private void readMaxAge(String name, String value) {
            if (value.isEmpty() || !(value.charAt(0) == '-' || (value.charAt(0) >= '0' && value.charAt(0) <= '9'))) {
                note(name + "=" + value + " is not a number; ignored");
                return;
            }
            boolean negative = value.charAt(0) == '-';
            String digits = negative ? value.substring(1) : value;
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                note(name + "=" + value + " is not a number; ignored");
                return;
            }
            long seconds;
            try {
                seconds = Long.parseLong(digits);
            } catch (NumberFormatException tooLong) {
                seconds = Long.MAX_VALUE;
            }
            maxAge = negative ? -seconds : seconds;
        }

        private void readSameSite(String value) {
            sameSite = switch (value.toLowerCase(Locale.ROOT)) {
                case "strict" -> SameSite.STRICT;
                case "lax" -> SameSite.LAX;
                case "none" -> SameSite.NONE;
                default -> {
                    note("SameSite=" + value + " not recognised; treated as unspecified (Lax by default)");
                    yield SameSite.UNSPECIFIED;
                }
            };
        }
    }
}

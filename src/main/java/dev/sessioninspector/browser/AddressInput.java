package dev.sessioninspector.browser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns what a user typed into the address bar into a URL the browser may open. */
public final class AddressInput {
    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

    private AddressInput() {
    }

    /**
     * The URL to load for {@code typed}: trimmed, with {@code http://} added when no scheme is given.
     * Empty when the text is blank, contains spaces, is not a valid URI, or uses a scheme other than
     * http, https or {@code about:blank}.
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip();
        if (s.isEmpty() || s.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        if (s.equalsIgnoreCase("about:blank")) {
            return Optional.of("about:blank");
        }
        if (!HAS_SCHEME.matcher(s).matches()) {
            s = "http://" + s;
        }
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}

package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.RecordingData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The session tokens a recording saw: the distinct values servers set for the session cookies, in the
 * order they were issued. Cookie events are used where the capture produced them, else the responses'
 * {@code Set-Cookie} headers. Deletions (empty values) are left out.
 */
public final class RecordedTokens {
    private RecordedTokens() {
    }

    /** Distinct values of the cookies named {@code names}, in issue order. */
    public static List<String> of(RecordingData data, Collection<String> names) {
        Set<String> wanted = Set.copyOf(names);
        Set<String> values = new LinkedHashSet<>();
        for (CookieEvent e : data.cookieEvents()) {
            if (e.source() == CookieEvent.Source.SERVER && wanted.contains(e.cookie().name())
                    && (e.kind() == CookieEvent.Kind.SET || e.kind() == CookieEvent.Kind.CHANGED)
                    && !e.cookie().value().isBlank()) {
                values.add(e.cookie().value());
            }
        }
        if (values.isEmpty()) {
            for (Exchange x : data.exchanges()) {
                for (String line : x.responseHeaders().values("Set-Cookie")) {
                    String pair = line.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq > 0 && wanted.contains(pair.substring(0, eq).strip())) {
                        String value = pair.substring(eq + 1).strip();
                        if (!value.isEmpty() && !value.equals("\"\"")) {
                            values.add(value);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(values);
    }

}

package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The redirect chains of a recording: which exchange a redirect led to. Uses {@code redirectOf} where the
 * recording has it, else the next exchange that requested the {@code Location} (as a HAR import gives it).
 */
final class Redirects {
    private final Map<Long, Exchange> next = new HashMap<>();
    private final Map<Long, Exchange> previous = new HashMap<>();

    Redirects(List<Exchange> exchanges) {
        Map<Long, Exchange> byId = new HashMap<>();
        exchanges.forEach(e -> byId.put(e.id(), e));
        for (Exchange e : exchanges) {
            if (e.redirectOf() != null && byId.containsKey(e.redirectOf())) {
                link(byId.get(e.redirectOf()), e);
            }
        }
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange e = exchanges.get(i);
            if (!e.isRedirect() || next.containsKey(e.id())) {
                continue;
            }
            Optional<URI> target = location(e);
            if (target.isEmpty()) {
                continue;
            }
            for (int j = i + 1; j < exchanges.size() && j <= i + 5; j++) {
                Exchange f = exchanges.get(j);
                if (!previous.containsKey(f.id()) && sameResource(f.url(), target.get())) {
                    link(e, f);
                    break;
                }
            }
        }
    }

    private void link(Exchange from, Exchange to) {
        next.put(from.id(), to);
        previous.put(to.id(), from);
    }

    static Optional<URI> location(Exchange e) {
        return e.responseHeaders().first("Location").flatMap(l -> {
            try {
                return Optional.of(e.url().resolve(l.trim()));
            } catch (IllegalArgumentException bad) {
                return Optional.empty();
            }
        });
    }

    private static boolean sameResource(URI a, URI b) {
        return String.valueOf(a.getHost()).equalsIgnoreCase(String.valueOf(b.getHost()))
                && path(a).equals(path(b))
                && String.valueOf(a.getRawQuery()).equals(String.valueOf(b.getRawQuery()));
    }

    private static String path(URI u) {
        return u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    }

    /** The exchange the given one redirected to, if the recording has it. */
    Optional<Exchange> next(Exchange e) {
        return Optional.ofNullable(next.get(e.id()));
    }

    /** True when this exchange is a hop that another exchange's redirect led to. */
    boolean isRedirected(Exchange e) {
        return previous.containsKey(e.id());
    }

    /** The exchange and every hop after it, first to last. */
    List<Exchange> chain(Exchange e) {
        List<Exchange> out = new ArrayList<>();
        Exchange cur = e;
        while (cur != null && out.size() < 30) {
            out.add(cur);
            cur = next.get(cur.id());
        }
        return out;
    }

    /** The last hop of the exchange's redirect chain (itself when it did not redirect). */
    Exchange last(Exchange e) {
        List<Exchange> c = chain(e);
        return c.get(c.size() - 1);
    }
}

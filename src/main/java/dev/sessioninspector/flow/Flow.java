package dev.sessioninspector.flow;

import dev.sessioninspector.probe.ScriptedRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted visit (DESIGN.md §5): a name, the site's base URL, optionally a page that only a signed-in user
 * sees, and the steps. Step paths are relative to {@code baseUrl}: its path (without a trailing slash) is
 * put in front of them, so {@code http://h/shop} and {@code /cart} make {@code http://h/shop/cart}.
 */
public record Flow(String name, URI baseUrl, String authenticatedUrl, List<FlowStep> steps) {
    public Flow {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a flow needs a name");
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL with a host: " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must have no query, fragment or user info: " + baseUrl);
        }
        if (authenticatedUrl != null && !authenticatedUrl.startsWith("/")) {
            throw new IllegalArgumentException("authenticatedUrl must be a path starting with /: " + authenticatedUrl);
        }
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a flow needs at least one step");
        }
    }

    /** The absolute URL of a step path. */
    public URI resolve(String path) {
        return resolve(baseUrl, path);
    }

    static URI resolve(URI baseUrl, String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        String base = baseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + path);
    }

    /** The signed-in page as an absolute URL, or null when the flow names none. */
    public URI authenticatedUri() {
        return authenticatedUrl == null ? null : resolve(authenticatedUrl);
    }

    /**
     * The request a {@code get} or {@code post} step sends (placeholders still unfilled); null for the steps that
     * need a page.
     */
    public ScriptedRequest request(FlowStep step) {
        return request(baseUrl, step);
    }

    static ScriptedRequest request(URI baseUrl, FlowStep step) {
        if (step instanceof FlowStep.Get g) {
            return new ScriptedRequest("GET", resolve(baseUrl, g.path()), Map.of(), null, g.headers(), g.extract());
        }
        if (step instanceof FlowStep.Post p) {
            return new ScriptedRequest("POST", resolve(baseUrl, p.path()), p.form(), p.json(), p.headers(),
                    p.extract());
        }
        return null;
    }

    /** True when some step needs the browser engine. */
    public boolean needsBrowser() {
        return steps.stream().anyMatch(FlowStep::needsBrowser);
    }
}

package dev.sessioninspector.probe.http;

import dev.sessioninspector.model.Exchange;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link RecordingHttpClient#send} did: every hop in order (the request, then each redirect it
 * followed), as recorded. {@code unfollowed} is a redirect target that was not followed (another origin, or
 * too many hops), else null.
 */
public record HttpResult(List<Exchange> hops, URI unfollowed, String unfollowedReason) {
    public HttpResult {
        hops = List.copyOf(Objects.requireNonNull(hops, "hops"));
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("a result has at least one hop");
        }
        if ((unfollowed == null) != (unfollowedReason == null)) {
            throw new IllegalArgumentException("an unfollowed redirect needs its reason, and only then");
        }
    }

    public Exchange first() {
        return hops.get(0);
    }

    public Exchange last() {
        return hops.get(hops.size() - 1);
    }

    /** True when the last hop got no response at all (connection refused, timeout…). */
    public boolean failed() {
        return last().failed();
    }
}

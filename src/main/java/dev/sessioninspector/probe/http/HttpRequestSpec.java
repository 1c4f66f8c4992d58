package dev.sessioninspector.probe.http;

import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A request to send. {@code body} is what goes on the wire; {@code recordedBody} what the recording keeps
 * (e.g. with passwords masked), null meaning the same. A {@code Cookie} header in {@code headers} is sent as
 * given instead of the jar's cookies (for probes that replay old cookies).
 */
public record HttpRequestSpec(String method, URI url, Headers headers, byte[] body, String contentType,
                              byte[] recordedBody, Initiator initiator) {

    public HttpRequestSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        method = method.toUpperCase(Locale.ROOT);
        if (!method.matches("[A-Z]+")) {
            throw new IllegalArgumentException("not an HTTP method: " + method);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL with a host: " + url);
        }
        headers = headers == null ? Headers.EMPTY : headers;
        body = body == null ? null : body.clone();
        recordedBody = recordedBody == null ? null : recordedBody.clone();
        initiator = initiator == null ? Initiator.UNKNOWN : initiator;
        if (body != null && (method.equals("GET") || method.equals("HEAD"))) {
            throw new IllegalArgumentException(method + " cannot carry a body");
        }
    }

    public static HttpRequestSpec get(URI url) {
        return new HttpRequestSpec("GET", url, Headers.EMPTY, null, null, null, Initiator.UNKNOWN);
    }

    @Override
    public byte[] body() {
        return body == null ? null : body.clone();
    }

    @Override
    public byte[] recordedBody() {
        return recordedBody == null ? null : recordedBody.clone();
    }

    /** The body as the recording keeps it. */
    public byte[] bodyToRecord() {
        return recordedBody != null ? recordedBody.clone() : body == null ? new byte[0] : body.clone();
    }

    public HttpRequestSpec withInitiator(Initiator newInitiator) {
        return new HttpRequestSpec(method, url, headers, body, contentType, recordedBody, newInitiator);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HttpRequestSpec r && r.method.equals(method) && r.url.equals(url)
                && r.headers.equals(headers) && Arrays.equals(r.body, body)
                && Objects.equals(r.contentType, contentType) && Arrays.equals(r.recordedBody, recordedBody)
                && r.initiator == initiator;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, url, headers, Arrays.hashCode(body), contentType, Arrays.hashCode(recordedBody),
                initiator);
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}

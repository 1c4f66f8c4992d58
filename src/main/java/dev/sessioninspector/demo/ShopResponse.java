package dev.sessioninspector.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A response a route produces: status, content type, body and extra headers (Set-Cookie among them). */
final class ShopResponse {
    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private final int status;
    private final String contentType;
    private final byte[] body;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();

    private ShopResponse(int status, String contentType, byte[] body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("bad status " + status);
        }
        this.status = status;
        this.contentType = contentType;
        this.body = Objects.requireNonNull(body, "body");
    }

    static ShopResponse html(int status, String html) {
        return new ShopResponse(status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    static ShopResponse json(int status, String json) {
        return new ShopResponse(status, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    static ShopResponse bytes(int status, String contentType, byte[] body) {
        return new ShopResponse(status, contentType, body.clone());
    }

    /** A 302 to {@code location} (a path on this shop) with a tiny body for clients that show it. */
    static ShopResponse redirect(String location) {
        String escaped = Html.escape(location);
        return html(302, "<!doctype html><title>Moved</title><a href=\"" + escaped + "\">Continue</a>")
                .header("Location", location);
    }

    ShopResponse header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    byte[] body() {
        return body;
    }

    List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }
}

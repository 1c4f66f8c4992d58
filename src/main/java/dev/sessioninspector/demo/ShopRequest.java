package dev.sessioninspector.demo;

import java.util.Map;
import java.util.Objects;

/**
 * What the shop's routes need to know about one request, free of {@code HttpExchange}.
 *
 * @param method       the HTTP method, upper case
 * @param path         the route: the raw path without {@code ;param} parts
 * @param urlSessionId a session ID found in the URL ({@code ;jsessionid=} or {@code sid=}), or null
 * @param query        query parameters
 * @param form         form fields of a url-encoded POST body (empty otherwise)
 * @param cookies      the request's cookies
 */
record ShopRequest(String method, String path, String urlSessionId, Map<String, String> query,
        Map<String, String> form, RequestCookies cookies) {
    ShopRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = Map.copyOf(query);
        form = Map.copyOf(form);
        Objects.requireNonNull(cookies, "cookies");
    }

    boolean isGet() {
        return method.equals("GET") || method.equals("HEAD");
    }

    boolean isPost() {
        return method.equals("POST");
    }
}

package dev.sessioninspector.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A test browser for the demo shop: real HTTP over {@link HttpClient} with redirects off, and a deliberately
 * simple cookie jar (name → value, forgotten on {@code Max-Age=0}) so tests see and replay exactly what the
 * server sent, whatever its attributes.
 */
final class ShopClient {
    private final HttpClient http;
    private final URI base;
    private final Map<String, String> jar = new LinkedHashMap<>();

    ShopClient(DemoShop shop) {
        this(shop.baseUri(), shop.settings().https() ? DemoShop.demoClientContext() : null);
    }

    ShopClient(URI base, SSLContext tls) {
        HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5));
        if (tls != null) {
            b.sslContext(tls);
        }
        this.http = b.build();
        this.base = base;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), true);
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), true);
    }

    /** Sends {@code request} with exactly the given Cookie header (or none), leaving the jar alone. */
    HttpResponse<String> sendRaw(HttpRequest.Builder request, String cookieHeader) {
        if (cookieHeader != null) {
            request.header("Cookie", cookieHeader);
        }
        return exchange(request.timeout(Duration.ofSeconds(10)).build());
    }

    HttpResponse<String> signIn(String user, String password) {
        return post("/login", Map.of("username", user, "password", password));
    }

    HttpResponse<String> signInAsAlice() {
        return signIn(DemoShop.DEMO_USERNAME, DemoShop.DEMO_PASSWORD);
    }

    String cookie(String name) {
        return jar.get(name);
    }

    void setCookie(String name, String value) {
        jar.put(name, value);
    }

    void clearCookies() {
        jar.clear();
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    /** The whole {@code Set-Cookie} value the response sent for {@code name}. */
    static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(v -> v.startsWith(name + "="))
                .findFirst();
    }

    /** The value part of the {@code Set-Cookie} for {@code name}. */
    static Optional<String> setCookieValue(HttpResponse<?> response, String name) {
        return setCookie(response, name).map(v -> v.substring(name.length() + 1).split(";", 2)[0]);
    }

    /** The attributes of {@code setCookie} after the name=value pair, as written (trimmed). */
    static List<String> attributes(String setCookie) {
        String[] parts = setCookie.split(";");
        return java.util.Arrays.stream(parts).skip(1).map(String::trim).toList();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean useJar) {
        if (useJar && !jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = exchange(request.timeout(Duration.ofSeconds(10)).build());
        for (String sc : response.headers().allValues("Set-Cookie")) {
            String pair = sc.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (sc.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty()) {
                jar.remove(name);
            } else {
                jar.put(name, value);
            }
        }
        return response;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

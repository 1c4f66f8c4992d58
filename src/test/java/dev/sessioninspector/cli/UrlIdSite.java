package dev.sessioninspector.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A small site on 127.0.0.1 that remembers every request as it arrived. Its session cookie is {@code SESSION}; it
 * gives every visitor without a cookie a fresh (anonymous) session, rotates the ID at login and forgets it at
 * logout. Like many servlet-era sites, {@code /account} takes the ID from {@code ?sessionid=} when the request
 * carries no session cookie (a cookie, even an anonymous one, wins). {@code /api/token} answers a signed-in session
 * (only) with a fresh API token, {@code {"token": …}}, and the same in an {@code X-Api-Token} header. IDs and tokens
 * come from {@code ids}.
 */
final class UrlIdSite implements AutoCloseable {
    /** One request as the server saw it: method, raw path and query, and the {@code Cookie} header (or null). */
    record Received(String method, String target, String cookie) {
    }

    static final String COOKIE = "SESSION";

    private final HttpServer server;
    private final Supplier<String> ids;
    private final Map<String, String> users = new ConcurrentHashMap<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    UrlIdSite(Supplier<String> ids) {
        this.ids = ids;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> handle(ex, this::home));
        server.createContext("/login", ex -> handle(ex, this::login));
        server.createContext("/account", ex -> handle(ex, this::account));
        server.createContext("/logout", ex -> handle(ex, this::logout));
        server.createContext("/api/token", ex -> handle(ex, this::apiToken));
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A flow file that visits, signs in as alice, opens the account page and signs out. */
    String flow() {
        return "{\"name\": \"URL ID site\", \"baseUrl\": \"" + base() + "\", \"authenticatedUrl\": \"/account\","
                + " \"steps\": [{\"get\": \"/\"}, {\"get\": \"/login\"}, {\"post\": \"/login\", \"form\":"
                + " {\"username\": \"alice\", \"password\": \"wonderland\"}, \"mark\": \"login\"},"
                + " {\"get\": \"/account\"}, {\"get\": \"/logout\", \"mark\": \"logout\"}]}";
    }

    private interface Page {
        void serve(HttpExchange ex, String cookie, String body) throws IOException;
    }

    private void handle(HttpExchange ex, Page page) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String cookie = ex.getRequestHeaders().getFirst("Cookie");
            received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().toString(), cookie));
            page.serve(ex, sessionCookie(cookie), body);
        }
    }

    private static String sessionCookie(String header) {
        if (header == null) {
            return null;
        }
        for (String pair : header.split(";")) {
            String[] nv = pair.trim().split("=", 2);
            if (nv.length == 2 && nv[0].equals(COOKIE)) {
                return nv[1];
            }
        }
        return null;
    }

    private void home(HttpExchange ex, String cookie, String body) throws IOException {
        String user = cookie == null ? null : users.get(cookie);
        if (cookie == null || !users.containsKey(cookie)) {
            cookie = issue(ex, "");
        }
        send(ex, 200, user == null ? "<p>Welcome. <a href=\"/login\">Sign in</a></p>"
                : "<p>Signed in as " + user + ". <a href=\"/logout\">Log out</a></p>");
    }

    private void login(HttpExchange ex, String cookie, String body) throws IOException {
        if (ex.getRequestMethod().equals("POST")) {
            Map<String, String> form = form(body);
            if ("alice".equals(form.get("username")) && "wonderland".equals(form.get("password"))) {
                if (cookie != null) {
                    users.remove(cookie);
                }
                issue(ex, "alice");
                redirect(ex, "/account");
                return;
            }
        }
        send(ex, 200, "<form method=\"post\" action=\"/login\"><input name=\"username\">"
                + "<input type=\"password\" name=\"password\"><button>Sign in</button></form>");
    }

    private void account(HttpExchange ex, String cookie, String body) throws IOException {
        String id = cookie != null ? cookie : form(ex.getRequestURI().getRawQuery()).get("sessionid");
        String user = id == null ? null : users.get(id);
        if (user != null && !user.isEmpty()) {
            send(ex, 200, "<p>Signed in as " + user + ". Your orders. <a href=\"/logout\">Log out</a></p>");
            return;
        }
        if (cookie == null) {
            issue(ex, "");
        }
        redirect(ex, "/login");
    }

    private void apiToken(HttpExchange ex, String cookie, String body) throws IOException {
        String user = cookie == null ? null : users.get(cookie);
        byte[] json = (user == null || user.isEmpty() ? "{\"error\": \"not signed in\"}"
                : "{\"token\": \"" + ids.get() + "\"}").getBytes(StandardCharsets.UTF_8);
        if (user != null && !user.isEmpty()) {
            ex.getResponseHeaders().add("X-Api-Token", new String(json, StandardCharsets.UTF_8).split("\"")[3]);
        }
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(user == null || user.isEmpty() ? 401 : 200, json.length);
        ex.getResponseBody().write(json);
    }

    private void logout(HttpExchange ex, String cookie, String body) throws IOException {
        if (cookie != null) {
            users.remove(cookie);
        }
        ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0");
        redirect(ex, "/");
    }

    /** A new session for {@code user} ("" for a visitor), set as the cookie; its ID. */
    private String issue(HttpExchange ex, String user) {
        String id = ids.get();
        users.put(id, user);
        ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Lax");
        return id;
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> out = new HashMap<>();
        if (encoded == null) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            String[] nv = pair.split("=", 2);
            if (nv.length == 2) {
                out.put(URLDecoder.decode(nv[0], StandardCharsets.UTF_8), URLDecoder.decode(nv[1], StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        byte[] bytes = ("<html><body>" + html + "</body></html>").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

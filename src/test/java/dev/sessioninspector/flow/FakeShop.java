package dev.sessioninspector.flow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny shop on 127.0.0.1 for flow tests: an anonymous session cookie on first visit, a new one at login
 * (alice / secret), a signed-in /account (302 to /login otherwise), and a logout that deletes the cookie.
 */
final class FakeShop implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger sessions = new AtomicInteger();
    final List<String> requestBodies = new CopyOnWriteArrayList<>();

    FakeShop() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requestBodies.add(body);
            String sid = cookie(ex, "SID");
            String path = ex.getRequestURI().getPath();
            boolean post = ex.getRequestMethod().equals("POST");
            if (sid == null && !path.equals("/logout") && !path.startsWith("/api/")) {
                ex.getResponseHeaders().add("Set-Cookie", "SID=anon" + sessions.incrementAndGet() + "; Path=/; HttpOnly");
            }
            switch (path) {
                case "/" -> send(ex, 200, "<a href=/login>sign in</a>");
                case "/login" -> {
                    if (!post) {
                        send(ex, 200, "<form method=post>");
                    } else if (URLDecoder.decode(body, StandardCharsets.UTF_8).equals("username=alice&password=secret")) {
                        ex.getResponseHeaders().add("Set-Cookie", "SID=auth" + sessions.incrementAndGet() + "; Path=/; HttpOnly");
                        redirect(ex, "/account");
                    } else {
                        send(ex, 200, "wrong password");
                    }
                }
                case "/account" -> {
                    if (sid != null && sid.startsWith("auth")) {
                        send(ex, 200, "Hello alice");
                    } else {
                        redirect(ex, "/login");
                    }
                }
                case "/logout" -> {
                    ex.getResponseHeaders().add("Set-Cookie", "SID=; Path=/; Max-Age=0");
                    redirect(ex, "/");
                }
                case "/sso" -> redirect(ex, "http://localhost:1/elsewhere");
                case "/api/login" -> {
                    if (post && body.replace(" ", "").contains("\"username\":\"alice\",\"password\":\"secret\"")) {
                        ex.getResponseHeaders().add("X-Session-Token", "hdr" + sessions.get());
                        sendJson(ex, 200, "{\"user\": \"alice\", \"token\": \"tok" + sessions.incrementAndGet() + "\"}");
                    } else {
                        sendJson(ex, 401, "{\"error\": \"wrong password\"}");
                    }
                }
                case "/api/me" -> {
                    String auth = ex.getRequestHeaders().getFirst("Authorization");
                    if (auth != null && auth.startsWith("Bearer tok")) {
                        sendJson(ex, 200, "{\"user\": \"alice\"}");
                    } else {
                        sendJson(ex, 401, "{\"error\": \"sign in\"}");
                    }
                }
                default -> send(ex, 404, "not found");
            }
        }
    }

    private static String cookie(HttpExchange ex, String name) {
        String header = ex.getRequestHeaders().getFirst("Cookie");
        if (header == null) {
            return null;
        }
        for (String piece : header.split(";")) {
            String[] kv = piece.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals(name)) {
                return kv[1];
            }
        }
        return null;
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange ex, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static void sendJson(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.sessioninspector.capture;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A loopback HTTP server for capture tests: routes by path, remembers what it received. */
public final class TestServer implements AutoCloseable {
    /** One route's answer. */
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** What the server received, for comparing with what capture recorded. */
    public record Received(String method, String path, Map<String, List<String>> headers, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public TestServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "test-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", ex -> {
            try (ex) {
                byte[] body = ex.getRequestBody().readAllBytes();
                received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
                        Map.copyOf(ex.getRequestHeaders()), body));
                Route route = routes.get(ex.getRequestURI().getRawPath());
                if (route == null) {
                    send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    route.handle(ex);
                }
            }
        });
        server.start();
    }

    public TestServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    public TestServer html(String path, String html, String... setCookies) {
        return route(path, ex -> {
            for (String c : setCookies) {
                ex.getResponseHeaders().add("Set-Cookie", c);
            }
            send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        });
    }

    public static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        boolean noBody = status == 204 || status == 304 || (status >= 300 && status < 400 && body.length == 0)
                || "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            ex.getResponseBody().write(body);
        }
    }

    public static void redirect(HttpExchange ex, int status, String location, String... setCookies) throws IOException {
        for (String c : setCookies) {
            ex.getResponseHeaders().add("Set-Cookie", c);
        }
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(status, -1);
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

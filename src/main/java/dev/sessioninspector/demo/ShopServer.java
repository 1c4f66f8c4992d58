package dev.sessioninspector.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shop's one {@link HttpHandler}: turns an exchange into a {@link ShopRequest}, finds its session (every
 * visit without a live session gets a fresh one, so a token sampler collects a new ID per request), runs the
 * route, then writes the response with the cookies the visit needs. Static files skip sessions. Nothing a
 * client sends can escape as an exception: bad input gets a 4xx page, a bug a 500.
 */
final class ShopServer implements HttpHandler {
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final System.Logger LOG = System.getLogger(ShopServer.class.getName());

    private final Supplier<ShopSettings> settings;
    private final SessionManager sessions;
    private final ShopRoutes routes;
    private final CookieWriter cookieWriter;
    private final StaticFiles staticFiles;
    private final AppRoutes app;

    ShopServer(Supplier<ShopSettings> settings, SessionManager sessions, CookieWriter cookieWriter,
            StaticFiles staticFiles, AppRoutes app) {
        this.app = Objects.requireNonNull(app, "app");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.routes = new ShopRoutes(sessions);
        this.cookieWriter = Objects.requireNonNull(cookieWriter, "cookieWriter");
        this.staticFiles = Objects.requireNonNull(staticFiles, "staticFiles");
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            ShopResponse response;
            try {
                response = respond(exchange);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "demo shop failed on " + exchange.getRequestURI(), e);
                response = ShopResponse.html(500, "<!doctype html><title>Error</title><h1>Something went wrong</h1>");
            }
            write(exchange, response);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client went away: " + e.getMessage());
        } finally {
            exchange.close();
        }
    }

    private ShopResponse respond(HttpExchange exchange) throws IOException {
        ShopSettings current = settings.get();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        URI uri = exchange.getRequestURI();
        HttpError early = null;
        Map<String, String> query = Map.of();
        try {
            query = Forms.parse(uri.getRawQuery());
        } catch (HttpError e) {
            early = e;
        }
        UrlSessionIds.Parsed parsed = UrlSessionIds.parse(uri.getRawPath(), query);
        Optional<StaticFiles.File> file = staticFiles.find(parsed.path());
        if (file.isPresent()) {
            return staticFile(method, file.get());
        }
        if (AppRoutes.owns(parsed.path())) {
            return appRequest(exchange, method, parsed.path(), current);
        }
        Map<String, String> form = Map.of();
        if (method.equals("POST") && early == null) {
            try {
                form = readForm(exchange);
            } catch (HttpError e) {
                early = e;
            }
        }
        RequestCookies cookies = RequestCookies.parse(exchange.getRequestHeaders().get("Cookie"));
        String cookieId = cookies.get(current.cookieName());
        Session session = sessions.resolve(cookieId, parsed.id(), current);
        Visit visit = new Visit(new ShopRequest(method, parsed.path(), parsed.id(), query, form, cookies),
                current, session);
        ShopResponse response;
        try {
            if (early != null) {
                throw early;
            }
            response = routes.handle(visit);
        } catch (HttpError e) {
            response = ShopResponse.html(e.status(), Pages.error(visit, e.status(), e.getMessage()));
            if (e.allow() != null) {
                response.header("Allow", e.allow());
            }
        }
        addCookies(response, visit, cookieId, cookies);
        return response.header("Cache-Control", "no-store");
    }

    private void addCookies(ShopResponse response, Visit visit, String cookieId, RequestCookies cookies) {
        ShopSettings current = visit.settings();
        if (visit.signedOut()) {
            response.header("Set-Cookie", cookieWriter.expiredSession(current));
            return;
        }
        Session session = visit.session();
        if (!session.id().equals(cookieId)) {
            response.header("Set-Cookie", cookieWriter.session(session.id(), current));
        }
        if (!session.csrfToken().equals(cookies.get(CookieWriter.CSRF_COOKIE))) {
            response.header("Set-Cookie", cookieWriter.csrf(session.csrfToken(), current));
        }
    }

    private static ShopResponse staticFile(String method, StaticFiles.File file) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return ShopResponse.bytes(405, "text/plain; charset=utf-8",
                    "Use GET here.\n".getBytes(StandardCharsets.UTF_8)).header("Allow", "GET, HEAD");
        }
        return ShopResponse.bytes(200, file.contentType(), file.body()).header("Cache-Control", "max-age=3600");
    }

    /** The single-page section: no cookie session; the API reads its token from the request. */
    private ShopResponse appRequest(HttpExchange exchange, String method, String path, ShopSettings current)
            throws IOException {
        byte[] body = readBody(exchange);
        if (body.length > MAX_BODY_BYTES) {
            return ShopResponse.json(413, "{\"error\":\"too large\"}");
        }
        var h = exchange.getRequestHeaders();
        return app.handle(new AppRoutes.Request(method, path, h.getFirst("Authorization"),
                RequestCookies.parse(h.get("Cookie")), h.getFirst("Content-Type"),
                new String(body, StandardCharsets.UTF_8)), current);
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readNBytes(MAX_BODY_BYTES + 1);
        }
    }

    private static Map<String, String> readForm(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange);
        if (body.length > MAX_BODY_BYTES) {
            throw new HttpError(413, "Forms here are at most " + MAX_BODY_BYTES / 1024 + " KiB.");
        }
        if (body.length == 0) {
            return Map.of();
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new HttpError(415, "Send forms as application/x-www-form-urlencoded.");
        }
        return Forms.parse(new String(body, StandardCharsets.UTF_8));
    }

    private static void write(HttpExchange exchange, ShopResponse response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.contentType());
        headers.set("X-Content-Type-Options", "nosniff");
        for (Map.Entry<String, String> h : response.headers()) {
            headers.add(h.getKey(), h.getValue());
        }
        byte[] body = response.body();
        boolean noBody = exchange.getRequestMethod().equalsIgnoreCase("HEAD") || body.length == 0;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            exchange.getResponseBody().write(body);
        }
    }
}

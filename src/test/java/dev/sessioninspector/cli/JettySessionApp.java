package dev.sessioninspector.cli;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Session;
import org.eclipse.jetty.session.SessionHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * A tiny site on Jetty 12's own session management ({@code SessionHandler}, core API): {@code /} opens a
 * session, {@code POST /login} signs it in (renewing its ID with {@code Session.renewId} when {@code renewAtLogin}),
 * {@code /account} is the signed-in page, {@code /logout} calls {@code Session.invalidate()} when
 * {@code invalidateAtLogout}, else only tells the browser to drop its cookie. Listens on 127.0.0.1, a free port.
 */
final class JettySessionApp implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    JettySessionApp(boolean renewAtLogin, boolean invalidateAtLogout) throws Exception {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        SessionHandler sessions = new SessionHandler();
        sessions.setHandler(new App(renewAtLogin, invalidateAtLogout));
        server.setHandler(sessions);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private static final class App extends Handler.Abstract {
        private final boolean renewAtLogin;
        private final boolean invalidateAtLogout;

        App(boolean renewAtLogin, boolean invalidateAtLogout) {
            this.renewAtLogin = renewAtLogin;
            this.invalidateAtLogout = invalidateAtLogout;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = Request.getPathInContext(request);
            String method = request.getMethod();
            switch (method + " " + path) {
                case "GET /" -> {
                    request.getSession(true);
                    page(response, callback, 200, "<h1>Jetty shop</h1><a href=\"/login\">Log in</a>");
                }
                case "GET /login" -> page(response, callback, 200, "<form method=\"post\" action=\"/login\">"
                        + "<input name=\"username\"><input type=\"password\" name=\"password\"></form>");
                case "POST /login" -> {
                    Fields form = Request.getParameters(request);
                    if (!"alice".equals(form.getValue("username")) || !"wonderland".equals(form.getValue("password"))) {
                        page(response, callback, 401, "Wrong password. <form method=\"post\">"
                                + "<input type=\"password\" name=\"password\"></form>");
                        return true;
                    }
                    Session session = request.getSession(true);
                    if (renewAtLogin) {
                        session.renewId(request, response);
                    }
                    session.setAttribute("user", "alice");
                    redirect(response, callback, "/account");
                }
                case "GET /account" -> {
                    Session session = request.getSession(false);
                    Object user = session == null ? null : session.getAttribute("user");
                    if (user == null) {
                        redirect(response, callback, "/login");
                    } else {
                        page(response, callback, 200, "<p>Signed in as " + user + "</p><a href=\"/logout\">Log out</a>");
                    }
                }
                case "GET /logout" -> {
                    Session session = request.getSession(false);
                    if (session != null && invalidateAtLogout) {
                        session.invalidate();
                    }
                    response.getHeaders().add(HttpHeader.SET_COOKIE, "JSESSIONID=; Path=/; Max-Age=0");
                    redirect(response, callback, "/");
                }
                default -> page(response, callback, 404, "not here");
            }
            return true;
        }

        private static void page(Response response, Callback callback, int status, String body) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            response.write(true, ByteBuffer.wrap(("<!doctype html><html><body>" + body + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8)), callback);
        }

        private static void redirect(Response response, Callback callback, String location) {
            response.setStatus(302);
            response.getHeaders().put(HttpHeader.LOCATION, location);
            response.write(true, ByteBuffer.allocate(0), callback);
        }
    }
}

package dev.sessioninspector.demo;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;

/**
 * The demo tea shop "Leaf &amp; Kettle": catalogue, sign-in, account page, cart, sign-out and a small JSON
 * endpoint, whose session handling is exactly as weak or as hardened as its {@link ShopSettings} say. It
 * listens on {@code 127.0.0.1} only, runs on daemon threads (it never keeps the JVM alive) and keeps its
 * sessions in memory. Switches flip live through {@link #update}; they are never reachable over HTTP.
 *
 * <p>Routes: {@code GET /} (catalogue), {@code GET|POST /login}, {@code GET /account} (302 to {@code /login}
 * when anonymous), {@code GET /cart}, {@code POST /cart/add} (field {@code item}), {@code GET|POST /logout},
 * {@code GET /api/me} (JSON, 401 when anonymous), the static {@code /static/shop.css} and
 * {@code /favicon.ico}, and the single-page section {@code /app} with its JSON API ({@link AppRoutes}). See
 * {@code docs/demo-shop.md}.
 */
public final class DemoShop implements AutoCloseable {
    /** The demo customer's username. */
    public static final String DEMO_USERNAME = "alice";
    /** The demo customer's password. */
    public static final String DEMO_PASSWORD = "wonderland";
    /** The page only a signed-in customer gets, in the shop. */
    public static final String SIGNED_IN_PAGE = "/account";
    /** The same in the single-page section ({@code /app}): its API answers the signed-in user or 401. */
    public static final String APP_SIGNED_IN_PAGE = "/app/api/me";

    /**
     * Up to this many requests are served at once. A browser opens 6 connections per host, a sampler several
     * more, and a slow client holds a worker while it dribbles its request in: workers are started as needed up
     * to this number and end after a minute idle.
     */
    static final int WORKERS = 256;
    /** Seconds a client may take to send its request, and the shop to send its response, before it is cut off. */
    static final int REQUEST_SECONDS = 20;

    static {
        // The JDK server reads these once, when its first instance is made; a value set by the user wins.
        setIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        setIfAbsent("sun.net.httpserver.maxRspTime", Integer.toString(REQUEST_SECONDS));
    }

    private static final AtomicInteger SHOPS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService workers;
    private final SessionManager sessions;
    private final URI baseUri;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile ShopSettings settings;

    private DemoShop(HttpServer server, ExecutorService workers, SessionManager sessions, ShopSettings settings) {
        this.server = server;
        this.workers = workers;
        this.sessions = sessions;
        this.settings = settings;
        this.baseUri = URI.create((settings.https() ? "https" : "http") + "://127.0.0.1:"
                + server.getAddress().getPort() + "/");
    }

    /**
     * Starts the shop on {@code 127.0.0.1:port} (0: a free port) with the system clock and a
     * {@link SecureRandom}.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static DemoShop start(int port, ShopSettings settings) {
        return start(port, settings, Clock.systemUTC(), new SecureRandom());
    }

    /**
     * Starts the shop with an injected clock (session timeouts, time-based IDs, cookie {@code Expires}) and
     * randomness (IDs, CSRF tokens): tests move the clock instead of waiting.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static DemoShop start(int port, ShopSettings settings, Clock clock, RandomGenerator random) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        HttpServer server = bind(port, settings.https());
        int shop = SHOPS.incrementAndGet();
        AtomicInteger worker = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "demo-shop-" + shop + "-worker-" + worker.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        workers.allowCoreThreadTimeOut(true);
        SessionManager sessions = new SessionManager(clock, random, SessionManager.DEFAULT_CAPACITY);
        DemoShop demo = new DemoShop(server, workers, sessions, settings);
        server.createContext("/", new ShopServer(demo::settings, sessions, new CookieWriter(clock), new StaticFiles(),
                new AppRoutes(new TokenGrants(clock, SessionManager.DEFAULT_CAPACITY), random)));
        server.setExecutor(workers);
        startOnDaemonThread(server, workers, shop);
        return demo;
    }

    private static void setIfAbsent(String property, String value) {
        try {
            if (System.getProperty(property) == null) {
                System.setProperty(property, value);
            }
        } catch (SecurityException e) {
            // a locked-down JVM keeps the JDK's defaults
        }
    }

    /** Where the shop listens, with a trailing slash: {@code http://127.0.0.1:PORT/} (https with the switch). */
    public URI baseUri() {
        return baseUri;
    }

    /**
     * The shop's flow file (DESIGN.md §5, as {@code samples/demo-shop.flow.json}) against this shop: a visit, the
     * login form, the login as {@value #DEMO_USERNAME}, the account page, the cart, the logout.
     */
    public String flowJson() {
        String base = baseUri.toString().replaceAll("/+$", "");
        return """
                { "name": "Demo shop: sign in, shop, sign out", "baseUrl": "%s", "authenticatedUrl": "%s",
                  "steps": [ {"get": "/"}, {"get": "/login"},
                    {"post": "/login", "form": {"username": "%s", "password": "%s"}, "mark": "login"},
                    {"get": "/account"}, {"post": "/cart/add", "form": {"item": "tea"}}, {"get": "/cart"},
                    {"get": "/logout", "mark": "logout"} ] }
                """.formatted(base, SIGNED_IN_PAGE, DEMO_USERNAME, DEMO_PASSWORD);
    }

    /** The switches in force now. */
    public ShopSettings settings() {
        return settings;
    }

    /**
     * Flips switches live: the next request sees them. Sessions already issued keep their IDs; timeouts apply
     * to them from now on.
     *
     * @throws IllegalArgumentException when {@code https} differs: a running shop cannot change its scheme;
     *                                  close it and start a new one
     */
    public void update(ShopSettings newSettings) {
        Objects.requireNonNull(newSettings, "settings");
        if (newSettings.https() != settings.https()) {
            throw new IllegalArgumentException("https cannot change on a running demo shop (it serves "
                    + baseUri.getScheme() + "): close it and start a new one");
        }
        this.settings = newSettings;
    }

    /** How many sessions the shop holds (live or not yet swept). */
    int sessionCount() {
        return sessions.size();
    }

    /** Stops listening at once and releases the port; idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            workers.shutdownNow();
        }
    }

    /** The bundled self-signed demo certificate (for {@code 127.0.0.1} and {@code localhost}). */
    public static X509Certificate demoCertificate() {
        return DemoTls.certificate();
    }

    /**
     * A trust manager that trusts the demo certificate and nothing else. Use it only for connections to the
     * demo shop; never install it as a default or combine it into a trust-all.
     */
    public static X509TrustManager demoTrustManager() {
        return DemoTls.trustManager();
    }

    /** A client {@link SSLContext} that trusts the demo certificate and nothing else (demo connections only). */
    public static SSLContext demoClientContext() {
        return DemoTls.clientContext();
    }

    static {
        // The JDK server otherwise leaves Nagle's algorithm on: each keep-alive request then waits ~40 ms for
        // a delayed ACK, capping a token sampler at ~90 requests/s. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static HttpServer bind(int port, boolean https) {
        InetSocketAddress address = new InetSocketAddress(loopbackV4(), port);
        try {
            if (https) {
                HttpsServer server = HttpsServer.create(address, 0);
                server.setHttpsConfigurator(new HttpsConfigurator(DemoTls.serverContext()));
                return server;
            }
            return HttpServer.create(address, 0);
        } catch (IOException e) {
            BindException why = new BindException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            why.initCause(e);
            throw new UncheckedIOException(why);
        }
    }

    private static InetAddress loopbackV4() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code HttpServer.start} makes its dispatcher thread inherit the caller's daemon flag, so it is started
     * from a daemon thread: the shop then never keeps the JVM alive.
     */
    private static void startOnDaemonThread(HttpServer server, ExecutorService workers, int shop) {
        RuntimeException[] failure = new RuntimeException[1];
        Thread starter = new Thread(() -> {
            try {
                server.start();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "demo-shop-" + shop + "-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop(0);
            workers.shutdownNow();
            throw new IllegalStateException("interrupted while starting the demo shop", e);
        }
        if (failure[0] != null) {
            server.stop(0);
            workers.shutdownNow();
            throw failure[0];
        }
    }
}

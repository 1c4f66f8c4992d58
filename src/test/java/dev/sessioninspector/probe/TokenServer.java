package dev.sessioninspector.probe;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A loopback JDK HttpServer that sets a fresh {@code SID} per request (128 random bits in hex, or what its ID
 * supplier gives), until {@code issueLimit} were issued.
 */
final class TokenServer implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger issued = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    /**
     * @param issueLimit after this many tokens, repeat the last one ({@code repeatAfter}) or set none
     * @param delayMillis time spent per request
     */
    TokenServer(int issueLimit, boolean repeatAfter, long delayMillis) throws IOException {
        this(issueLimit, repeatAfter, delayMillis, randomHex());
    }

    /** A server that sets {@code SID} to what {@code ids} gives for every request. */
    TokenServer(Supplier<String> ids) throws IOException {
        this(Integer.MAX_VALUE, false, 0, ids);
    }

    private static Supplier<String> randomHex() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] b = new byte[16];
            random.nextBytes(b);
            return HexFormat.of().formatHex(b);
        };
    }

    private TokenServer(int issueLimit, boolean repeatAfter, long delayMillis, Supplier<String> ids)
            throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // else ~40 ms per keep-alive request (Nagle)
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        byte[] page = "<html><body>tea</body></html>".getBytes(StandardCharsets.UTF_8);
        String[] last = {null};
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            clientPorts.add(exchange.getRemoteAddress().getPort());
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.getResponseHeaders().add("Set-Cookie", "theme=dark; Path=/");
            String token = null;
            if (issued.get() < issueLimit) {
                token = ids.get();
                issued.incrementAndGet();
                synchronized (last) {
                    last[0] = token;
                }
            } else if (repeatAfter) {
                synchronized (last) {
                    token = last[0];
                }
            }
            if (token != null) {
                exchange.getResponseHeaders().add("Set-Cookie", "SID=" + token + "; Path=/; HttpOnly");
            }
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

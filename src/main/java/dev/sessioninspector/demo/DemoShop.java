package dev.sessioninspector.demo;

import java.net.URI;

/** The demo tea shop. TEMPORARY API outline: implemented by the demo-shop work in this session. */
public final class DemoShop implements AutoCloseable {
    private DemoShop() {
    }

    /** Starts the shop on 127.0.0.1 at {@code port} (0: a free one) with the given switches. */
    public static DemoShop start(int port, ShopSettings settings) {
        throw new UnsupportedOperationException("demo shop not built yet");
    }

    public URI baseUri() {
        throw new UnsupportedOperationException();
    }

    public ShopSettings settings() {
        throw new UnsupportedOperationException();
    }

    /** Flips switches live; {@code https} cannot change on a running shop. */
    public void update(ShopSettings settings) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}

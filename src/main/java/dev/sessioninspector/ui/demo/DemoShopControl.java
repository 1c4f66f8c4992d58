package dev.sessioninspector.ui.demo;

import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Changes a running demo shop's switches from the FX thread without blocking it: each change runs on one
 * background thread, in order, against the shop's current settings; the outcome comes back to the FX thread
 * through {@link #settings()} and {@link #error()}.
 */
public final class DemoShopControl implements AutoCloseable {
    private final DemoShop shop;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demo-shop-switches");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<ShopSettings> settings;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** Wraps a started shop; read its settings once here (call on the FX thread). */
    public DemoShopControl(DemoShop shop) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.settings = new ReadOnlyObjectWrapper<>(this, "settings", shop.settings());
    }

    /** The shop's address. */
    public URI baseUri() {
        return shop.baseUri();
    }

    /** The settings in force, as last confirmed by the shop (FX thread). */
    public ReadOnlyObjectProperty<ShopSettings> settings() {
        return settings.getReadOnlyProperty();
    }

    /** The last failure to apply a change, empty after a success (FX thread); views then show {@link #settings()} again. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /**
     * Applies {@code change} to the shop's current settings in the background.
     *
     * @return completes with the settings in force afterwards (off the FX thread)
     */
    public CompletableFuture<ShopSettings> apply(UnaryOperator<ShopSettings> change) {
        CompletableFuture<ShopSettings> result = CompletableFuture.supplyAsync(() -> {
            ShopSettings next = change.apply(shop.settings());
            shop.update(next);
            return shop.settings();
        }, worker);
        result.whenComplete((now, ex) -> FxRunner.PLATFORM.run(() -> {
            if (ex == null) {
                settings.set(now);
                error.set("");
            } else {
                Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
                error.set("Could not change the shop: " + cause.getMessage());
                settings.set(shop.settings());
            }
        }));
        return result;
    }

    /** Switches to a whole profile, keeping the transport (which cannot change while the shop runs). */
    public CompletableFuture<ShopSettings> applyProfile(ShopSettings profile) {
        return apply(current -> profile.withHttps(current.https()));
    }

    /** Stops the background thread (the shop itself belongs to whoever started it). */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}

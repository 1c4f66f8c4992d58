package dev.sessioninspector.browser;

import dev.sessioninspector.model.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebErrorEvent;
import javafx.scene.web.WebHistory;
import javafx.scene.web.WebView;

/**
 * The embedded browser: one {@link WebView} with navigation and observable state for the chrome around it.
 * FX thread only. Page JavaScript gets no Java objects: the page is untrusted.
 */
public final class Browser {
    private final WebView view = new WebView();
    private final WebEngine engine = view.getEngine();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoForward;
    private final BooleanBinding loading;

    /**
     * @param userDataDir where the engine keeps local storage and caches (created if missing); null for the
     *                    engine's default
     */
    public Browser(Path userDataDir) {
        view.getStyleClass().add("browser-view");
        if (userDataDir != null) {
            try {
                OwnerOnly.folders(userDataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the browser data folder " + userDataDir, e);
            }
            engine.setUserDataDirectory(userDataDir.toFile());
        }
        engine.setOnError(this::onEngineError);
        engine.setOnAlert(e -> message.set("Page says: " + e.getData()));
        engine.setOnStatusChanged(e -> message.set(e.getData() == null ? "" : e.getData()));
        WebHistory history = engine.getHistory();
        canGoBack = Bindings.createBooleanBinding(() -> history.getCurrentIndex() > 0,
                history.currentIndexProperty(), history.getEntries());
        canGoForward = Bindings.createBooleanBinding(
                () -> history.getCurrentIndex() < history.getEntries().size() - 1,
                history.currentIndexProperty(), history.getEntries());
        Worker<Void> worker = engine.getLoadWorker();
        loading = Bindings.createBooleanBinding(() -> worker.getState() == Worker.State.RUNNING
                || worker.getState() == Worker.State.SCHEDULED, worker.stateProperty());
        worker.stateProperty().addListener((obs, old, state) -> onStateChanged(state));
    }

    /** The web view node to place in a scene. */
    public WebView view() {
        return view;
    }

    /** The engine, for scripting a loaded page (FX thread only). */
    public WebEngine engine() {
        return engine;
    }

    /**
     * Opens what the user typed, adding {@code http://} when it has no scheme.
     *
     * @return false (and nothing loaded) when the text is not a web address
     */
    public boolean navigate(String typed) {
        Optional<String> url = AddressInput.normalize(typed);
        if (url.isEmpty()) {
            message.set("Not a web address: " + (typed == null ? "" : typed.strip()));
            return false;
        }
        engine.load(url.get());
        return true;
    }

    /** Opens a URL as is. */
    public void load(URI uri) {
        engine.load(uri.toString());
    }

    public void back() {
        if (canGoBack.get()) {
            engine.getHistory().go(-1);
        }
    }

    public void forward() {
        if (canGoForward.get()) {
            engine.getHistory().go(1);
        }
    }

    public void reload() {
        engine.reload();
    }

    /** Stops the load in progress, if any. */
    public void stop() {
        engine.getLoadWorker().cancel();
    }

    public ObservableBooleanValue canGoBack() {
        return canGoBack;
    }

    public ObservableBooleanValue canGoForward() {
        return canGoForward;
    }

    public ObservableBooleanValue loading() {
        return loading;
    }

    /** Load progress, 0 to 1 (−1 when unknown). */
    public ReadOnlyDoubleProperty progress() {
        return engine.getLoadWorker().progressProperty();
    }

    /** The URL of the current page. */
    public ReadOnlyStringProperty location() {
        return engine.locationProperty();
    }

    public ReadOnlyStringProperty title() {
        return engine.titleProperty();
    }

    public ReadOnlyObjectProperty<Worker.State> loadState() {
        return engine.getLoadWorker().stateProperty();
    }

    /** What the browser last had to say: load errors, the page's status text, alerts. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Why the last page load failed; empty while loading and after a success. */
    public ReadOnlyStringProperty failure() {
        return failure.getReadOnlyProperty();
    }

    private void onStateChanged(Worker.State state) {
        if (state != Worker.State.FAILED) {
            failure.set("");
        }
        switch (state) {
            case RUNNING -> message.set("Loading " + engine.getLocation() + " …");
            case SUCCEEDED -> message.set("Done");
            case CANCELLED -> message.set("Stopped");
            case FAILED -> {
                Throwable ex = engine.getLoadWorker().getException();
                String why = ex == null || ex.getMessage() == null ? "the load failed" : ex.getMessage();
                message.set("Could not load " + engine.getLocation() + ": " + why);
                failure.set(why);
            }
            default -> {
            }
        }
    }

    private void onEngineError(WebErrorEvent e) {
        if (e.getEventType() == WebErrorEvent.USER_DATA_DIRECTORY_ALREADY_IN_USE) {
            message.set("Browser data folder in use by another window: local storage is not kept");
        } else {
            message.set(e.getMessage());
        }
    }
}

package dev.sessioninspector.ui.autopilot;

import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.model.RecordingData;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;

/**
 * Plays the demo for an audience in the embedded browser: starts recording, signs in as the demo user
 * (typing visibly), opens the account page, adds two teas to the cart, views the cart, signs out, and stops
 * recording, with a pause between steps so people can follow. Runs on the FX thread without blocking it:
 * every wait is a page-load listener or a {@link PauseTransition}. Page script only clicks and fills fields
 * by the app's own selectors; no Java object is exposed to the page.
 */
public final class Autopilot {
    /** The pause between steps at a watchable pace. */
    public static final Duration WATCHABLE = Duration.ofMillis(800);
    /** The idle limit the autopilot's conclusion probes with: short enough for a talk. */
    public static final Duration TALK_IDLE_LIMIT = Duration.ofSeconds(6);
    /** A demo shop idle timeout the autopilot shortens to, when the shop has a longer one, so it fits the talk. */
    public static final Duration TALK_SHOP_IDLE_TIMEOUT = Duration.ofSeconds(5);
    /** System property: the pause in milliseconds (0 for tests). */
    public static final String PAUSE_PROPERTY = "sessioninspector.autopilot.pauseMs";
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    static final List<PageStep> SCRIPT = List.of(
            PageStep.click("Opening the sign-in page", "nav a.user", 0),
            PageStep.type("Typing the user name", "#username", DemoShop.DEMO_USERNAME),
            PageStep.type("Typing the password", "#password", DemoShop.DEMO_PASSWORD),
            PageStep.click("Signing in as " + DemoShop.DEMO_USERNAME, "#login-button", 0),
            PageStep.click("Opening the account page", "nav a.user", 0),
            PageStep.click("Back to the teas", "nav a", 0),
            PageStep.click("Adding a tea to the cart", "form[action*=\"/cart/add\"] button", 0),
            PageStep.click("Back to the teas", "nav a", 0),
            PageStep.click("Adding a second tea", "form[action*=\"/cart/add\"] button", 1),
            PageStep.click("Viewing the cart", "nav a", 1),
            PageStep.click("Signing out", "nav form[action*=\"/logout\"] button", 0));

    private final Browser browser;
    private final AutopilotRecorder recorder;
    private final Duration pause;
    private final Consumer<String> narrate;
    private final CompletableFuture<RecordingData> result = new CompletableFuture<>();
    private int next;

    /**
     * @param pause   between steps ({@link #WATCHABLE}, or zero in tests); typing takes a fifth of it per character
     * @param narrate receives one line per step (the status bar), FX thread
     */
    public Autopilot(Browser browser, AutopilotRecorder recorder, Duration pause, Consumer<String> narrate) {
        this.browser = Objects.requireNonNull(browser, "browser");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.narrate = Objects.requireNonNull(narrate, "narrate");
    }

    /** The pause from {@link #PAUSE_PROPERTY}, else {@link #WATCHABLE}. */
    public static Duration configuredPause() {
        String p = System.getProperty(PAUSE_PROPERTY);
        if (p == null || p.isBlank()) {
            return WATCHABLE;
        }
        try {
            return Duration.ofMillis(Math.max(0, Long.parseLong(p.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PAUSE_PROPERTY + " must be milliseconds, not '" + p + "'");
        }
    }

    /**
     * Runs the script from the shop's home page, which must be loaded (FX thread). The future completes on
     * the FX thread with the recording, or exceptionally with the step that failed.
     */
    public CompletableFuture<RecordingData> run(URI home) {
        narrate.accept("Autopilot: recording starts");
        recorder.start(home);
        next = 0;
        later(this::step);
        return result;
    }

    private void step() {
        if (result.isDone()) {
            return;
        }
        if (next == SCRIPT.size()) {
            narrate.accept("Autopilot: recording stops; analysing …");
            recorder.stop(result::complete);
            return;
        }
        PageStep s = SCRIPT.get(next++);
        narrate.accept("Autopilot: " + s.narration() + " …");
        if (s.text() != null) {
            type(s, 1);
        } else {
            click(s);
        }
    }

    private void type(PageStep s, int n) {
        if (!Boolean.TRUE.equals(browser.engine().executeScript(s.typeScript(n)))) {
            fail(s, "no element " + s.selector());
            return;
        }
        if (n < s.text().length()) {
            wait(pause.dividedBy(5), () -> type(s, n + 1));
        } else {
            later(this::step);
        }
    }

    private void click(PageStep s) {
        Worker<Void> worker = browser.engine().getLoadWorker();
        boolean[] done = {false};
        PauseTransition timeout = new PauseTransition(javafx.util.Duration.millis(LOAD_TIMEOUT.toMillis()));
        ChangeListener<Worker.State> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Worker.State> o, Worker.State a,
                    Worker.State state) {
                if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED) {
                    worker.stateProperty().removeListener(this);
                    timeout.stop();
                    done[0] = true;
                    if (state == Worker.State.FAILED) {
                        fail(s, "the page did not load: " + browser.failure().get());
                    } else {
                        later(Autopilot.this::step);
                    }
                }
            }
        };
        worker.stateProperty().addListener(listener);
        timeout.setOnFinished(e -> {
            worker.stateProperty().removeListener(listener);
            if (!done[0]) {
                fail(s, "no page loaded within " + LOAD_TIMEOUT.toSeconds() + " s");
            }
        });
        timeout.play();
        if (!Boolean.TRUE.equals(browser.engine().executeScript(s.clickScript()))) {
            worker.stateProperty().removeListener(listener);
            timeout.stop();
            fail(s, "no element " + s.selector() + " #" + s.index() + " on " + browser.location().get());
        }
    }

    private void fail(PageStep s, String why) {
        narrate.accept("Autopilot stopped at \"" + s.narration() + "\": " + why);
        result.completeExceptionally(new IllegalStateException("autopilot step \"" + s.narration() + "\": " + why));
    }

    private void later(Runnable r) {
        wait(pause, r);
    }

    private static void wait(Duration d, Runnable r) {
        PauseTransition t = new PauseTransition(javafx.util.Duration.millis(Math.max(1, d.toMillis())));
        t.setOnFinished(e -> r.run());
        t.play();
    }
}

package dev.sessioninspector.ui;

import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.browser.engine.DemoShopTrust;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.ProbeEnvironment;
import dev.sessioninspector.inspect.ReportExport;
import dev.sessioninspector.store.AppDataFolder;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.ui.autopilot.Autopilot;
import dev.sessioninspector.ui.demo.DemoShopControl;
import dev.sessioninspector.ui.demo.DemoShopPanel;
import dev.sessioninspector.ui.inspect.InspectorViews;
import dev.sessioninspector.ui.state.Dialogs;
import dev.sessioninspector.ui.state.InspectorState;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the {@link MainWindow} on the target, or, without one, starts the demo
 * shop ({@code weak}; over HTTPS with {@link GuiOptions#demoHttps()}) on a free loopback port in the
 * background and opens it with its switch panel. A demo shop served over HTTPS is trusted by the WebView for
 * its own origin only ({@link DemoShopTrust}), for as long as the window is open.
 */
public final class SessionInspectorApp extends Application {
    private final GuiOptions options;
    private final DemoShop runningShop;
    private final ReadOnlyObjectWrapper<DemoShop> shop = new ReadOnlyObjectWrapper<>(this, "demoShop");
    private MainWindow window;
    private final InspectorState inspectorState = new InspectorState();
    private InspectorViews inspector;
    private InsightViews insight;
    private ScreenshotRun screenshot;
    private DemoShopControl demoControl;
    private DemoShop ownShop;
    private volatile String trustedOrigin;
    private volatile boolean stopped;
    private UnaryOperator<ProbeEnvironment> probeEnvironment = UnaryOperator.identity();
    private Consumer<Optional<RuntimeException>> screenshotDone = outcome -> {
        outcome.ifPresent(GuiLauncher::fail);
        Platform.exit();
    };

    /** For {@code Application.launch}: takes the options {@link GuiLauncher} was given. */
    public SessionInspectorApp() {
        this(GuiLauncher.pendingOptions(), null);
    }

    public SessionInspectorApp(GuiOptions options) {
        this(options, null);
    }

    /**
     * Opens the window on an already running demo shop, its panel included. The caller owns (and closes)
     * the shop; {@code options.target()}, when set, is opened instead of the shop's home page.
     */
    public SessionInspectorApp(GuiOptions options, DemoShop runningShop) {
        this.options = options;
        this.runningShop = runningShop;
    }

    @Override
    public void start(Stage stage) {
        Browser browser = new Browser(AppDataFolder.webViewData());
        window = new MainWindow(stage, browser);
        inspector = InspectorViews.install(window, inspectorState);
        if (options.screenshot() != null || options.reportDir() != null) {
            inspector.setDialogs(Dialogs.QUIET); // unattended: nothing modal waits for a person
        }
        Path db = options.db();
        inspector.installRecording(() -> db != null ? Project.open(db) : Project.openDefault());
        insight = InsightViews.install(window, inspector);
        if (options.db() != null) {
            inspector.loader().openProject(options.db());
        }
        if (options.screenshot() != null) {
            screenshot = new ScreenshotRun(window, options.screenshot(), screenshotDone);
            if (!options.autopilot()) {
                screenshot.arm();
            }
        }
        if (options.autopilot() && options.target() != null && runningShop == null) {
            autopilotRefused();
        }
        stage.show();
        browser.view().requestFocus();
        if (runningShop != null) {
            attach(runningShop);
            browser.load(options.target() != null ? options.target() : runningShop.baseUri());
        } else if (options.target() != null) {
            browser.load(options.target());
        } else {
            startDemoShop();
        }
    }

    /**
     * Replaces what happens once {@code --screenshot} has saved its file (default: record a failure for
     * {@link GuiLauncher} and exit JavaFX). Call before {@link #start}.
     */
    void onScreenshotDone(Consumer<Optional<RuntimeException>> action) {
        this.screenshotDone = action;
    }

    /**
     * Adjusts what the probes run with once the demo shop is attached (tests: no request ceiling, an idle wait that
     * moves a clock instead of waiting). Call before {@link #start}.
     */
    void adjustProbeEnvironment(UnaryOperator<ProbeEnvironment> adjust) {
        this.probeEnvironment = Objects.requireNonNull(adjust, "adjust");
    }

    /** The window (FX thread; null before {@link #start}). */
    public MainWindow window() {
        return window;
    }

    /** The inspector views (FX thread; null before {@link #start}). */
    public InspectorViews inspector() {
        return inspector;
    }

    /** The demo shop the window controls, once it runs (FX thread). */
    public ReadOnlyObjectProperty<DemoShop> demoShop() {
        return shop.getReadOnlyProperty();
    }

    /**
     * {@code --report}: writes the reports {@code scan} writes from the last inspection on screen, in the
     * background; completes on the FX thread, exceptionally when there is nothing to report or a file failed.
     */
    private CompletableFuture<Void> writeReports() {
        Inspection last = insight.conclusions().last();
        if (last == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "--report: nothing was recorded and concluded, so there is nothing to report"));
        }
        CompletableFuture<Void> written = new CompletableFuture<>();
        inspectorState.runInBackground(() -> ReportExport.write(last, options.reportFormats(), options.reportDir()),
                files -> {
                    window.statusBar().show("Wrote " + files.size() + " reports to " + options.reportDir(), false);
                    written.complete(null);
                }, failure -> written.completeExceptionally(new IllegalStateException("cannot write the reports into "
                        + options.reportDir() + ": " + InspectorState.oneLine(failure))));
        return written;
    }

    @Override
    public void stop() {
        if (options.reportDir() != null && !options.autopilot() && insight != null) {
            Inspection last = insight.conclusions().last();
            try {
                if (last != null) {
                    ReportExport.write(last, options.reportFormats(), options.reportDir());
                }
            } catch (java.io.IOException e) {
                GuiLauncher.fail(new IllegalStateException("cannot write the reports into " + options.reportDir()
                        + ": " + e.getMessage()));
            }
        }
        stopped = true;
        if (insight != null) {
            insight.close();
        }
        if (inspector != null) {
            inspector.shutdown();
        } else {
            inspectorState.close();
        }
        if (demoControl != null) {
            demoControl.close();
        }
        DemoShop own;
        synchronized (this) {
            own = ownShop;
        }
        if (own != null) {
            own.close();
        }
        DemoShopTrust.release(trustedOrigin);
        trustedOrigin = null;
    }

    private void startDemoShop() {
        window.statusBar().show("Starting the demo shop …", false);
        Task<DemoShop> starting = new Task<>() {
            @Override
            protected DemoShop call() {
                DemoShop started = DemoShop.start(0, ShopSettings.profile(options.profile())
                        .withHttps(options.demoHttps()));
                synchronized (SessionInspectorApp.this) {
                    ownShop = started;
                }
                if (stopped) {
                    started.close();
                }
                return started;
            }
        };
        starting.setOnSucceeded(e -> {
            if (!stopped) {
                attach(starting.getValue());
                window.browser().load(starting.getValue().baseUri());
            }
        });
        starting.setOnFailed(e -> demoShopFailed(starting.getException()));
        Thread t = new Thread(starting, "demo-shop-start");
        t.setDaemon(true);
        t.start();
    }

    /** The entropy, probes, presenter and autopilot views (FX thread; null before {@link #start}). */
    public InsightViews insight() {
        return insight;
    }

    private void attach(DemoShop running) {
        trustedOrigin = DemoShopTrust.grant(running);
        insight.demoShop(running);
        insight.conclusions().setEnvironment(probeEnvironment.apply(insight.conclusions().environment()));
        if (options.autopilot()) {
            startAutopilotAfterFirstLoad(running);
        }
        demoControl = new DemoShopControl(running);
        window.showDemoShop(new DemoShopPanel(demoControl));
        window.statusBar().addRight("demo-shop-status", new SimpleStringProperty(
                "Demo shop on " + running.baseUri().getAuthority()));
        shop.set(running);
    }

    /** Plays the demo once the shop's first page has loaded; with --screenshot, shoots the findings. */
    private void startAutopilotAfterFirstLoad(DemoShop running) {
        ChangeListener<Worker.State> first = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Worker.State> o,
                    Worker.State was, Worker.State now) {
                if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED) {
                    window.browser().loadState().removeListener(this);
                    CompletableFuture<?> run = now == Worker.State.SUCCEEDED
                            ? insight.runAutopilot(running.baseUri(), Autopilot.configuredPause())
                            : CompletableFuture.failedFuture(new IllegalStateException(
                                    "the demo shop's page did not load"));
                    if (options.reportDir() != null) {
                        run = run.thenCompose(done -> writeReports());
                    }
                    if (screenshot != null) {
                        screenshot.armWhen(run);
                    } else if (options.reportDir() != null) {
                        run.whenComplete((done, failure) -> {
                            if (failure != null) {
                                GuiLauncher.fail(new IllegalStateException(InspectorState.oneLine(failure)));
                            }
                            Platform.exit();
                        });
                    }
                }
            }
        };
        window.browser().loadState().addListener(first);
    }

    private void autopilotRefused() {
        String msg = "--autopilot plays the demo shop: leave out --target";
        window.statusBar().show(msg, true);
        if (screenshot != null) {
            screenshot.armWhen(CompletableFuture.failedFuture(new IllegalStateException(msg)));
        }
    }

    private void demoShopFailed(Throwable ex) {
        String msg = "Could not start the demo shop: " + (ex.getMessage() == null ? ex : ex.getMessage());
        window.statusBar().show(msg, true);
        if (options.screenshot() != null) {
            screenshotDone.accept(Optional.of(new IllegalStateException(msg, ex)));
            return;
        }
        inspector.dialogs().error("The demo shop did not start", msg + "\n\nOpen a site with the address bar instead.");
    }
}

package dev.sessioninspector.bench;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.browser.engine.FxBootstrap;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.ui.GuiOptions;
import dev.sessioninspector.ui.InsightViews;
import dev.sessioninspector.ui.SessionInspectorApp;
import dev.sessioninspector.ui.WindowSnapshot;
import dev.sessioninspector.ui.inspect.InspectorTab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * Takes the README screenshots of the entropy, probes and presenter views: weak demo shop, autopilot, a
 * 2,000-token sample, every probe (idle limit 3 s), presenter mode. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1440x900x24" java -cp target/test-classes:target/session-inspector.jar
 * dev.sessioninspector.bench.InsightScreenshotsMain docs/screenshots}.
 */
public final class InsightScreenshotsMain {
    private static SessionInspectorApp app;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        FxBootstrap.prepare();
        DemoShop shop = DemoShop.start(0, ShopSettings.weak());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> {
            app = new SessionInspectorApp(new GuiOptions(null, null, false, null), shop);
            app.start(new Stage());
            started.complete(null);
        });
        started.get(30, TimeUnit.SECONDS);
        waitFor(() -> "SUCCEEDED".equals(fx(() -> app.window().browser().loadState().get().name())));
        InsightViews insight = fx(() -> app.insight());
        fx(() -> insight.runAutopilot(shop.baseUri(), Duration.ofMillis(100))).get(120, TimeUnit.SECONDS);

        fx(() -> {
            app.inspector().showTab(InspectorTab.ENTROPY);
            app.window().setDemoPanelVisible(false);
            divider(0.06);
            insight.entropy().startSampling(2_000);
            return null;
        });
        waitFor(() -> fx(() -> !insight.entropy().controller().running().get()
                && insight.entropy().controller().analysis().get() != null));
        shoot(dir.resolve("entropy.png"));

        fx(() -> {
            app.inspector().showTab(InspectorTab.PROBES);
            divider(0.12);
            return null;
        });
        for (ProbeKind kind : new ProbeKind[] {ProbeKind.LOGOUT_REPLAY, ProbeKind.FOREIGN_ID,
            ProbeKind.URL_ID_ACCEPTED}) {
            fx(() -> {
                insight.probes().run(kind);
                return null;
            });
            waitFor(() -> fx(() -> insight.probes().controller().running().get() == null));
        }
        fx(() -> {
            ((javafx.scene.control.Spinner<Integer>) insight.probes().lookup("#probe-idle-seconds"))
                    .getValueFactory().setValue(3);
            insight.probes().run(ProbeKind.IDLE_TIMEOUT);
            return null;
        });
        waitFor(() -> fx(() -> insight.probes().controller().countdown().get() != null));
        Thread.sleep(1200);
        shoot(dir.resolve("probes.png"));
        waitFor(() -> fx(() -> insight.probes().controller().running().get() == null));

        fx(() -> {
            app.inspector().showTab(InspectorTab.FINDINGS);
            insight.presenter().activeProperty().set(true);
            insight.showFirstFinding();
            divider(0.45);
            return null;
        });
        Thread.sleep(800);
        shoot(dir.resolve("presenter.png"));
        Platform.runLater(() -> {
            app.stop();
            Platform.exit();
        });
        shop.close();
        System.exit(0);
    }

    private static void divider(double at) {
        if (app.window().stage().getScene().getRoot().lookup(".workspace") instanceof SplitPane s) {
            s.setDividerPositions(at);
        }
    }

    private static void shoot(Path file) throws Exception {
        Thread.sleep(600);
        CompletableFuture<javafx.scene.image.WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> WindowSnapshot.afterPulses(app.window().stage().getScene(), 3, image::complete));
        WindowSnapshot.writePng(image.get(30, TimeUnit.SECONDS), file);
        System.out.println("wrote " + file);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(100);
        }
    }
}

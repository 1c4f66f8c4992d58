package dev.sessioninspector.testkit;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.inspect.ProbeEnvironment;
import dev.sessioninspector.ui.GuiOptions;
import dev.sessioninspector.ui.SessionInspectorApp;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;

/**
 * The base of a test that runs the whole app (headless): JavaFX started once, the app and the demo shop it was
 * given closed after each test, whichever of them the test opened.
 */
public abstract class AppTestCase {
    protected SessionInspectorApp app;
    protected DemoShop shop;

    @BeforeAll
    static void startFx() throws Exception {
        Fx.start();
    }

    /**
     * What the probes run with, unpaced: no request ceiling, and an idle wait that returns at once. For tests against
     * the weak demo shop, which has no idle timeout, so waiting it out proves nothing (the ceiling and the idle
     * probe's timing have tests of their own).
     */
    public static ProbeEnvironment unpaced(ProbeEnvironment env) {
        return env.withRate(0).withSleeper(d -> { });
    }

    /** Starts the app as {@code make} builds it (it becomes {@link #app}). */
    protected SessionInspectorApp launch(Supplier<SessionInspectorApp> make) throws Exception {
        app = (SessionInspectorApp) FxToolkit.setupApplication(make::get);
        return app;
    }

    /** Starts a weak demo shop of the test's own ({@link #shop}) and the app on it. */
    protected SessionInspectorApp launchOnWeakShop() throws Exception {
        shop = DemoShop.start(0, ShopSettings.weak());
        return launch(() -> new SessionInspectorApp(new GuiOptions(null, null, false, null), shop));
    }

    /** Starts a weak demo shop and the app on it, and waits until the app shows the shop's first page. */
    protected SessionInspectorApp launchOnWeakShopPage() throws Exception {
        launchOnWeakShop();
        Fx.waitForPage(Fx.fx(() -> app.window().browser()), shop.baseUri().toString());
        return app;
    }

    @AfterEach
    void closeAppAndShop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
        if (shop != null) {
            shop.close();
            shop = null;
        }
    }
}

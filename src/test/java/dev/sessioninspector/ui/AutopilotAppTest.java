package dev.sessioninspector.ui;

import static dev.sessioninspector.testkit.Fx.fx;
import static dev.sessioninspector.testkit.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.autopilot.Autopilot;
import dev.sessioninspector.testkit.AppTestCase;
import dev.sessioninspector.ui.inspect.InspectorTab;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** {@code gui --autopilot} end to end in fast mode, and a demo switch that changes the findings on a re-run. */
@ExtendWith(ApplicationExtension.class)
class AutopilotAppTest extends AppTestCase {

    @AfterEach
    void clearPause() {
        System.clearProperty(Autopilot.PAUSE_PROPERTY);
    }

    @Test
    void autopilotPlaysTheDemoShowsTheFindingsAndSavesTheScreenshot(@TempDir Path dir) throws Exception {
        System.setProperty(Autopilot.PAUSE_PROPERTY, "0");
        shop = DemoShop.start(0, ShopSettings.weak());
        Path png = dir.resolve("findings.png");
        CompletableFuture<Optional<RuntimeException>> done = new CompletableFuture<>();
        launch(() -> {
            SessionInspectorApp a = new SessionInspectorApp(new GuiOptions(null, null, true, png), shop);
            a.onScreenshotDone(done::complete);
            a.adjustProbeEnvironment(AppTestCase::unpaced);
            return a;
        });
        assertThat(done.get(90, TimeUnit.SECONDS)).isEmpty();

        AnalysisResult result = fx(() -> app.inspector().state().analysis());
        assertThat(result).isNotNull();
        assertThat(result.findings()).isNotEmpty();
        assertThat(result.sessionCookieNames()).containsExactly("SESSIONID");
        assertThat(result.loginPoint()).isPresent();
        assertThat(result.logoutPoint()).isPresent();
        assertThat(result.check("session.not-rotated-at-login").orElseThrow().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(fx(() -> app.inspector().shownTab())).contains(InspectorTab.FINDINGS);
        assertThat(fx(() -> app.inspector().state().recording().exchanges().size())).isGreaterThan(10);
        assertThat(fx(() -> app.window().browser().location().get())).isEqualTo(shop.baseUri().toString());
        BufferedImage image = ImageIO.read(Files.newInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(600);

        // The recording's session IDs feed the entropy tab.
        fx(() -> {
            app.insight().entropy().analyseRecorded();
            return null;
        });
        waitUntil("the recorded tokens analysed", () -> app.insight().entropy().controller().analysis().get() != null
                && !app.insight().entropy().controller().running().get());
        assertThat(fx(() -> app.insight().entropy().controller().lastTokens())).isNotEmpty()
                .allMatch(t -> t.matches("[0-9a-f]{8}"));
        assertThat(fx(() -> app.insight().entropy().controller().analysis().get().samples()))
                .isEqualTo(fx(() -> app.insight().entropy().controller().lastTokens().size()));

        // The autopilot concluded: the probes and the token sample ran, every weakness of the weak profile fails.
        for (String rule : List.of("session.not-rotated-at-login", "session.accepts-foreign-id",
                "session.not-invalidated-at-logout", "session.id-predictable", "session.id-too-short",
                "session.id-in-url", "session.long-lived-cookie", "cookie.missing-httponly", "cookie.missing-secure",
                "cookie.missing-samesite", "session.no-idle-timeout")) {
            assertThat(result.check(rule).orElseThrow().status()).as(rule).isEqualTo(CheckStatus.FAIL);
        }
        assertThat(fx(() -> app.insight().probes().verdictText(dev.sessioninspector.analysis.ProbeKind.FOREIGN_ID)))
                .isEqualTo("vulnerable");
        // A probe from the probes tab lands in the shared state's analysis, so the findings view follows.
        fx(() -> {
            app.insight().probes().run(dev.sessioninspector.analysis.ProbeKind.LOGOUT_REPLAY);
            return null;
        });
        waitUntil("the probe's analysis published", () -> app.insight().probes().controller().running().get() == null
                && app.inspector().state().analysis() != result);
        AnalysisResult probed = fx(() -> app.inspector().state().analysis());
        assertThat(probed.check("session.not-invalidated-at-logout").orElseThrow().status())
                .isEqualTo(CheckStatus.FAIL);
        assertThat(fx(() -> app.insight().probes().verdictText(dev.sessioninspector.analysis.ProbeKind.LOGOUT_REPLAY)))
                .isEqualTo("vulnerable");
        assertThat(fx(() -> app.inspector().findings().summary().getText())).contains("fail");
    }

    @Test
    void flippingADemoSwitchChangesTheFindingsOnTheNextRun(FxRobot robot) throws Exception {
        launchOnWeakShopPage();
        fx(() -> {
            app.insight().conclusions().setEnvironment(unpaced(app.insight().conclusions().environment()));
            return null;
        });

        AnalysisResult before = run();
        assertThat(before.check("cookie.missing-httponly").orElseThrow().status()).isEqualTo(CheckStatus.FAIL);

        robot.clickOn(robot.lookup("#switch-httponly .check-box").queryAs(CheckBox.class));
        waitUntil("the shop to set HttpOnly", () -> shop.settings().httpOnly());

        AnalysisResult after = run();
        assertThat(after.check("cookie.missing-httponly").orElseThrow().status()).isEqualTo(CheckStatus.PASS);
        assertThat(after.findings().stream().map(Finding::rule)).doesNotContain("cookie.missing-httponly");
        assertThat(after.findings()).hasSize(before.findings().size() - 1);
        assertThat(fx(() -> app.inspector().state().analysis())).isSameAs(after);
    }

    private AnalysisResult run() throws Exception {
        CompletableFuture<AnalysisResult> run = fx(() -> app.insight().runAutopilot(shop.baseUri(), Duration.ZERO));
        return run.get(90, TimeUnit.SECONDS);
    }
}

package dev.sessioninspector.ui;

import static dev.sessioninspector.testkit.Fx.fx;
import static dev.sessioninspector.testkit.Fx.screenCentreOf;
import static dev.sessioninspector.testkit.Fx.waitForPage;
import static dev.sessioninspector.testkit.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.RecordingData;

import dev.sessioninspector.model.Marker;

import dev.sessioninspector.analysis.CredentialTimeline;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.browser.Browser;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.inspect.Analyser;
import dev.sessioninspector.inspect.InspectedRecording;
import dev.sessioninspector.inspect.InspectionInputs;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.Fx;
import dev.sessioninspector.ui.inspect.RecordingControls;
import dev.sessioninspector.testkit.AppTestCase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.concurrent.Worker;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What a new user does: the shop's first page sets SESSIONID before Record; then Record, sign in by typing and
 * clicking, add a tea, sign out, Stop. Stop concludes on the demo shop (probes and a token sample), so the
 * findings fail the weak shop's headline weaknesses, and the project, reopened, shows the same statuses.
 */
@ExtendWith(ApplicationExtension.class)
class NewUserInspectionTest extends AppTestCase {
    private static final List<String> WEAKNESSES = List.of("session.not-rotated-at-login",
            "session.accepts-foreign-id", "session.not-invalidated-at-logout", "session.id-predictable",
            "session.id-too-short", "session.id-in-url", "session.long-lived-cookie", "cookie.missing-httponly",
            "cookie.missing-secure", "cookie.missing-samesite");

    private final FxRobot robot = new FxRobot();

    @Test
    void recordSignInShopSignOutStopConcludesAndTheReopenedProjectAgrees(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("new-user.db");
        shop = DemoShop.start(0, ShopSettings.weak());
        launch(() -> {
            SessionInspectorApp a = new SessionInspectorApp(new GuiOptions(null, db, false, null), shop);
            a.adjustProbeEnvironment(AppTestCase::unpaced);
            return a;
        });
        Browser browser = fx(() -> app.window().browser());
        waitForPage(browser, shop.baseUri().toString());
        waitUntil("the project open", () -> app.inspector().state().project() != null);
        RecordingControls controls = fx(() -> app.inspector().recording());

        robot.clickOn(fx(() -> app.window().stage().getScene().lookup("#record-button")));
        waitUntil("recording", () -> controls.phaseProperty().get() == RecordingControls.Phase.RECORDING);

        click(browser, "a[href*=\"/login\"]");
        waitForPage(browser, shop.baseUri().resolve("/login").toString());
        robot.clickOn(screenCentreOf(browser, "#username"), MouseButton.PRIMARY);
        robot.write("alice");
        robot.clickOn(screenCentreOf(browser, "#password"), MouseButton.PRIMARY);
        robot.write("wonderland");
        click(browser, "#login-button");
        waitUntil("the account page", () -> browser.location().get().contains("/account")
                && browser.loadState().get() == Worker.State.SUCCEEDED);
        click(browser, "nav a");
        waitUntil("the teas", () -> !browser.location().get().contains("/account")
                && browser.loadState().get() == Worker.State.SUCCEEDED);
        click(browser, "form[action*=\"/cart/add\"] button");
        waitUntil("a tea added", () -> browser.loadState().get() == Worker.State.SUCCEEDED);
        click(browser, "nav form[action*=\"/logout\"] button");
        waitUntil("signed out", () -> browser.loadState().get() == Worker.State.SUCCEEDED
                && !Fx.pageText(browser).contains("Signed in as"));

        robot.clickOn(fx(() -> app.window().stage().getScene().lookup("#record-button")));
        waitUntil("stopped and concluded", () -> {
            AnalysisResult a = app.inspector().state().analysis();
            return controls.phaseProperty().get() == RecordingControls.Phase.IDLE && a != null
                    && app.insight().conclusions().progress().get().isEmpty()
                    && a.check("session.id-predictable").map(c -> c.status() == CheckStatus.FAIL).orElse(false)
                    && a.check("session.accepts-foreign-id").map(c -> c.status() == CheckStatus.FAIL).orElse(false);
        }, () -> app.insight().conclusions().progress().get());
        AnalysisResult concluded = fx(() -> app.inspector().state().analysis());
        for (String rule : WEAKNESSES) {
            assertThat(concluded.check(rule).orElseThrow().status()).as(rule).isEqualTo(CheckStatus.FAIL);
        }
        assertThat(fx(() -> app.insight().probes().verdictText(dev.sessioninspector.analysis.ProbeKind.LOGOUT_REPLAY)))
                .isEqualTo("vulnerable");

        RecordingData recorded = fx(() -> app.inspector().state().recording());
        CredentialTimeline timeline = CredentialTimeline.of(recorded, concluded);
        CredentialTimeline.Lane session = timeline.lanes().stream().filter(l -> l.name().equals("SESSIONID"))
                .findFirst().orElseThrow();
        assertThat(session.segments().get(0).from()).as("the SESSIONID lane starts with the first exchange")
                .isBeforeOrEqualTo(recorded.exchanges().get(0).start());
        assertThat(session.segments().get(0).cause()).as("SESSIONID was in the jar when Record was pressed")
                .isEqualTo(CredentialTimeline.Cause.HELD);
        assertThat(timeline.marks()).as("detected login and logout marks")
                .anySatisfy(m -> assertThat(m.kind()).isEqualTo(Marker.Kind.LOGIN))
                .anySatisfy(m -> assertThat(m.kind()).isEqualTo(Marker.Kind.LOGOUT));
        waitUntil("the Entropy tab shows the sample taken after Stop",
                () -> app.insight().entropy().controller().analysis().get() != null
                        && !app.insight().entropy().controller().running().get(),
                () -> app.insight().entropy().controller().message().get());
        assertThat(fx(() -> app.insight().entropy().controller().message().get())).contains("taken after Stop");

        long id = fx(() -> app.inspector().state().recording().recording().id());
        try (Project reopened = Project.openReadOnly(db)) {
            AnalysisResult again = new Analyser().analyse(InspectedRecording.of(reopened, id), reopened.load(id),
                    InspectionInputs.NONE).result();
            assertThat(statuses(again)).isEqualTo(statuses(concluded));
        }
    }

    private void click(Browser browser, String selector) {
        robot.clickOn(screenCentreOf(browser, selector), MouseButton.PRIMARY);
    }

    private static Map<String, CheckStatus> statuses(AnalysisResult r) {
        Map<String, CheckStatus> m = new LinkedHashMap<>();
        for (CheckResult c : r.checks()) {
            m.put(c.rule(), c.status());
        }
        return m;
    }
}

package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.testkit.Fx;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The entropy view's tests' window: JavaFX started, one 1200×780 stage and two background threads for the view;
 * typing into its fields as a user does.
 */
final class EntropyStage implements AutoCloseable {
    private final ExecutorService background;
    private final Stage stage;
    private final FxRobot robot = new FxRobot();

    EntropyStage(String threadName) {
        Fx.start();
        background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        stage = Fx.fx(() -> {
            Stage s = new Stage();
            s.setWidth(1200);
            s.setHeight(780);
            return s;
        });
    }

    /** A new entropy view on the stage, shown (call it off the FX thread). */
    EntropyPane show() {
        return Fx.fx(() -> {
            EntropyPane pane = new EntropyPane(new EntropyController(background, Clock.systemUTC()));
            stage.setScene(new Scene(pane, 1200, 780));
            stage.show();
            return pane;
        });
    }

    /** The node of the shown view with this CSS id. */
    Node lookup(String id) {
        return Fx.fx(() -> stage.getScene().lookup(id));
    }

    /** Clicks into the field with this CSS id, selects what it holds and types over it. */
    void type(String id, String text) {
        type(lookup(id), text);
    }

    /** Clicks into a field, selects what it holds and types over it. */
    void type(Node field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    @Override
    public void close() {
        Fx.run(stage::close);
        background.shutdownNow();
    }
}

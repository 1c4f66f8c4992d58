package dev.sessioninspector.ui.probes;

import dev.sessioninspector.analysis.ProbeKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The probes view: run logout replay, foreign ID, session ID in URL and the idle-timeout probe (with a
 * countdown) against the recorded origin; each shows its verdict and what it sent, and the findings are
 * re-analysed with the evidence.
 */
public final class ProbesPane extends BorderPane {
    static final String STYLESHEET = "/dev/sessioninspector/ui/insight/insight.css";

    private final ProbesController controller;
    private final Map<ProbeKind, ProbeRow> rows = new EnumMap<>(ProbeKind.class);
    private final PasswordField password = new PasswordField();
    private HBox toolbarBox;
    private final Spinner<Integer> idleSeconds = new Spinner<>(1, 24 * 3600, 20, 5);
    private final Spinner<Integer> absoluteSeconds = new Spinner<>(1, 7 * 24 * 3600, 60, 10);
    private final Label absoluteCountdown = new Label();
    private final Label countdown = new Label();

    public ProbesPane(ProbesController controller) {
        this.controller = Objects.requireNonNull(controller, "controller");
        getStyleClass().add("probes-pane");
        setId("probes-pane");
        getStylesheets().add(ProbesPane.class.getResource(STYLESHEET).toExternalForm());
        setTop(toolbar());
        VBox list = new VBox();
        list.getStyleClass().add("probe-list");
        add(list, ProbeKind.LOGOUT_REPLAY, "Logout replay",
                "Sends the cookies the logout request carried again after the logout: a server that really ended "
                        + "the session turns them away.");
        add(list, ProbeKind.FOREIGN_ID, "Foreign ID",
                "Sends a session ID the server never issued: a server that adopts it allows session fixation.");
        add(list, ProbeKind.URL_ID_ACCEPTED, "Session ID in URL",
                "Sends a live session ID in the URL instead of the cookie: accepting it leaks sessions via links "
                        + "and logs.");
        add(list, ProbeKind.UNSIGNED_TOKEN, "Unsigned token (alg: none)",
                "Sends the signed-in JWT's claims again with alg: none (and None, NONE, nOnE) and no signature: a "
                        + "server that accepts it lets anyone write their own token.");
        add(list, ProbeKind.IDLE_TIMEOUT, "Idle timeout",
                "Signs in again, idles just over the limit, then asks for the signed-in page.");
        add(list, ProbeKind.ABSOLUTE_TIMEOUT, "Absolute timeout",
                "Signs in again and keeps the session busy, asking for the signed-in page every twentieth of the "
                        + "limit, until just over the limit has passed: still signed in means no absolute lifetime.");
        ProbeRow idle = rows.get(ProbeKind.IDLE_TIMEOUT);
        idleSeconds.setEditable(true);
        idleSeconds.setPrefWidth(100);
        idleSeconds.setId("probe-idle-seconds");
        countdown.getStyleClass().add("probe-countdown");
        countdown.setId("probe-countdown");
        idle.extra.getChildren().addAll(new Label("limit (s)"), idleSeconds, countdown);
        absoluteSeconds.setEditable(true);
        absoluteSeconds.setPrefWidth(100);
        absoluteSeconds.setId("probe-absolute-seconds");
        absoluteCountdown.getStyleClass().add("probe-countdown");
        absoluteCountdown.setId("probe-absolute-countdown");
        rows.get(ProbeKind.ABSOLUTE_TIMEOUT).extra.getChildren().addAll(new Label("limit (s)"), absoluteSeconds,
                absoluteCountdown);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        controller.running().addListener((o, was, now) -> rows.forEach((k, r) -> {
            r.run.setDisable(now != null);
            if (k == was) {
                r.running(false);
            }
            if (k == now) {
                r.running(true);
            }
        }));
        controller.countdown().addListener((o, a, left) -> {
            String text = left == null ? "" : String.format(Locale.ROOT, "%d:%02d", left.toSeconds() / 60,
                    left.toSeconds() % 60 + (left.toMillisPart() > 0 ? 1 : 0));
            boolean absolute = controller.running().get() == ProbeKind.ABSOLUTE_TIMEOUT;
            countdown.setText(absolute ? "" : text);
            absoluteCountdown.setText(absolute ? text : "");
        });
        controller.onOutcome(out -> {
            ProbeRow r = rows.get(out.kind());
            String detail = out.evidence() != null ? out.evidence().detail()
                    : out.entry() != null ? out.entry().detail() : String.join("; ", out.notes());
            r.result(out.evidence() == null ? null : out.evidence().verdict(), detail,
                    out.entry() == null ? java.util.List.of() : out.entry().sent());
        });
    }

    /** Puts a password in the field (the demo shop's is known), for re-signing in. FX thread. */
    public void setPassword(String value) {
        password.setText(value == null ? "" : value);
    }

    public ProbesController controller() {
        return controller;
    }

    /** Runs a probe as its button does (FX thread). */
    public void run(ProbeKind kind) {
        Spinner<Integer> limit = kind == ProbeKind.ABSOLUTE_TIMEOUT ? absoluteSeconds : idleSeconds;
        controller.run(kind, password.getText(), Duration.ofSeconds(limit.getValue()));
    }

    /** The chip text of a probe's row ("not run", "running", "vulnerable", "safe", "inconclusive"). */
    public String verdictText(ProbeKind kind) {
        return rows.get(kind).chipText();
    }

    String detailText(ProbeKind kind) {
        return rows.get(kind).detailText();
    }

    String countdownText() {
        return countdown.getText();
    }

    void setIdleSeconds(int seconds) {
        idleSeconds.getValueFactory().setValue(seconds);
    }

    String absoluteCountdownText() {
        return absoluteCountdown.getText();
    }

    void setAbsoluteSeconds(int seconds) {
        absoluteSeconds.getValueFactory().setValue(seconds);
    }

    private void add(VBox list, ProbeKind kind, String title, String explanation) {
        ProbeRow row = new ProbeRow(kind, title, explanation);
        row.run.setOnAction(e -> run(kind));
        row.run.setTooltip(new Tooltip("Run the " + ProbesController.label(kind) + " probe now"));
        rows.put(kind, row);
        list.getChildren().add(row);
    }

    private HBox toolbar() {
        password.setPromptText("password of the recorded login");
        password.setId("probe-password");
        password.setPrefWidth(220);
        password.setTooltip(new Tooltip("Probes that need a fresh session replay the recorded login; capture "
                + "masks the password, so give it here. It is sent only to the recorded origin."));
        Label pwLabel = new Label("Password to sign in again");
        Label message = new Label();
        message.getStyleClass().add("probe-message");
        message.setId("probe-message");
        message.textProperty().bind(controller.message());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button all = new Button("Run all but idle");
        all.setId("probe-run-all");
        all.setOnAction(e -> runAllQuick());
        all.disableProperty().bind(controller.running().isNotNull());
        HBox bar = new HBox(pwLabel, password, all, message);
        bar.getStyleClass().add("insight-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        toolbarBox = bar;
        return bar;
    }

    /** Puts a control in the toolbar, before the message (FX thread). */
    public void addToToolbar(javafx.scene.Node node) {
        toolbarBox.getChildren().add(toolbarBox.getChildren().size() - 1, node);
    }

    /** Logout replay, foreign ID and session ID in URL, one after the other. */
    private void runAllQuick() {
        ProbeKind[] order = {ProbeKind.LOGOUT_REPLAY, ProbeKind.FOREIGN_ID, ProbeKind.URL_ID_ACCEPTED};
        int[] next = {0};
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            if (next[0] < order.length) {
                run(order[next[0]++]);
            }
        };
        controller.running().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ProbeKind> o, ProbeKind a, ProbeKind b) {
                if (b == null) {
                    if (next[0] >= order.length) {
                        controller.running().removeListener(this);
                    }
                    step[0].run();
                }
            }
        });
        step[0].run();
    }
}

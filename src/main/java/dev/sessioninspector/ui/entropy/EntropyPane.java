package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.entropy.TokenAnalysis;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The entropy view: where the tokens come from on top (the recording's session cookies, or a fresh sample of any
 * request with the {@code sample} command's choices, {@link SampleRequestForm}, with progress and cancel), then the
 * verdict and structure, effective entropy by significance level, entropy per character position, the character
 * heat map and the bit-level tests. {@link #show} takes a finished analysis, so the pane also works without a
 * controller's sources.
 */
public final class EntropyPane extends BorderPane {
    /** Where fresh tokens are sampled from: a page that sets the cookie, and the cookie's name. */
    public record SampleTarget(URI url, String cookieName) {
        public SampleTarget {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(cookieName, "cookieName");
        }
    }

    static final String STYLESHEET = "/dev/sessioninspector/ui/insight/insight.css";

    private final EntropyController controller;
    private final PositionBarsChart bars = new PositionBarsChart();
    private final HeatMapChart heat = new HeatMapChart();
    private final EffectiveEntropyChart effective = new EffectiveEntropyChart();
    private final BitTestTable bitTests = new BitTestTable();
    private final StructureView structure = new StructureView();
    private final Button analyseRecorded = new Button("Analyse recorded tokens");
    private final Button sample = new Button("Sample fresh tokens");
    private final Button cancel = new Button("Cancel");
    private final SampleRequestForm request = new SampleRequestForm();
    private Supplier<List<String>> recordedTokens = List::of;
    private Supplier<Optional<SampleTarget>> sampleTarget = Optional::empty;
    private SignInSources signIns = SignInSources.NONE;

    public EntropyPane(EntropyController controller) {
        this.controller = Objects.requireNonNull(controller, "controller");
        getStyleClass().add("entropy-pane");
        setId("entropy-pane");
        getStylesheets().add(EntropyPane.class.getResource(STYLESHEET).toExternalForm());
        setTop(new VBox(6, toolbar(), request));
        setCenter(body());
        controller.analysis().addListener((o, a, b) -> {
            if (b != null) {
                show(b);
            }
        });
    }

    /** Where "Analyse recorded tokens" takes its tokens from (called on the FX thread). */
    public void setRecordedTokens(Supplier<List<String>> source) {
        recordedTokens = Objects.requireNonNull(source, "source");
    }

    /** Where "Sample fresh tokens…" samples; empty disables the button's action with a message. */
    public void setSampleTarget(Supplier<Optional<SampleTarget>> target) {
        sampleTarget = Objects.requireNonNull(target, "target");
    }

    /** The sign-ins the form offers besides a flow file: the recording's and the demo shop's. */
    public void setSignInSources(SignInSources sources) {
        signIns = Objects.requireNonNull(sources, "sources");
    }

    /** Where the form asks for a flow file (the app's dialogs). */
    public void setDialogs(dev.sessioninspector.ui.state.Dialogs dialogs) {
        request.setDialogs(dialogs);
    }

    public EntropyController controller() {
        return controller;
    }

    /** Shows a finished analysis in every chart (FX thread). */
    public void show(TokenAnalysis a) {
        bars.show(a.positions());
        heat.show(a.positions());
        effective.show(a.effectiveEntropy(), a.rawBits(), a.minEntropy());
        bitTests.show(BitTestSummary.of(a.bits()));
        structure.show(a);
    }

    /**
     * Starts sampling {@code n} tokens as the form says, as the button does (FX thread); the URL and cookie name are
     * the recording's unless the user typed their own.
     */
    public void startSampling(int n) {
        request.setCount(n);
        startSampling();
    }

    private void startSampling() {
        sampleTarget.get().ifPresent(t -> request.suggest(t.url(), t.cookieName()));
        if (request.signIn() == SampleRequestForm.SignIn.NONE && !request.hasUrl()) {
            controller.say("Give the URL that issues the token, or choose a sign-in to sample what it issues");
            return;
        }
        try {
            SampleRequestForm.Choices choices = request.choices();
            if (choices.signIn() == SampleRequestForm.SignIn.NONE) {
                controller.sample(choices.config(SignInSources.NONE)); // nothing to read: refused at once
                return;
            }
            SignInSources sources = signIns;
            controller.sample(choices.describe(), () -> choices.config(sources));
        } catch (IllegalArgumentException e) {
            controller.say("Cannot sample: " + e.getMessage());
        }
    }

    /** The sample request form (tests fill it as a user does). */
    SampleRequestForm request() {
        return request;
    }

    /** Analyses the recording's session tokens, as the button does (FX thread). */
    public void analyseRecorded() {
        controller.analyse(recordedTokens.get(), "the recording");
    }

    List<String> chipTexts() {
        return bitTests.chipTexts();
    }

    List<javafx.scene.paint.Color> barColours() {
        return bars.barColours();
    }

    String verdictText() {
        return structure.verdictText();
    }

    private HBox toolbar() {
        analyseRecorded.setId("entropy-analyse-recorded");
        analyseRecorded.setTooltip(new Tooltip("Analyse the session-cookie values the recording saw"));
        analyseRecorded.setOnAction(e -> analyseRecorded());
        sample.setId("entropy-sample");
        sample.setTooltip(new Tooltip("Send the request below again and again (no cookies of its own), or sign in "
                + "again and again as a new visitor (and then send it), collect the distinct tokens and analyse them"));
        sample.setOnAction(e -> startSampling());
        cancel.setId("entropy-cancel");
        cancel.setOnAction(e -> controller.cancel());
        cancel.visibleProperty().bind(controller.running());
        cancel.managedProperty().bind(cancel.visibleProperty());
        analyseRecorded.disableProperty().bind(controller.running());
        sample.disableProperty().bind(controller.running());
        ProgressBar progress = new ProgressBar();
        progress.setId("entropy-progress");
        progress.progressProperty().bind(controller.progress());
        progress.visibleProperty().bind(controller.running());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(180);
        Label message = new Label();
        message.setId("entropy-message");
        message.getStyleClass().add("entropy-message");
        message.textProperty().bind(controller.message());
        request.disableProperty().bind(controller.running());
        HBox bar = new HBox(analyseRecorded, sample, progress, cancel, message);
        bar.getStyleClass().add("insight-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        return bar;
    }

    private ScrollPane body() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("entropy-grid");
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(62);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(38);
        grid.getColumnConstraints().addAll(wide, narrow);
        grid.add(card(bars), 0, 0);
        grid.add(card(effective), 1, 0);
        grid.add(card(heat), 0, 1);
        grid.add(card(structure), 1, 1);
        grid.add(card(bitTests), 0, 2, 2, 1);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("entropy-scroll");
        return scroll;
    }

    private static Region card(Region content) {
        BorderPane card = new BorderPane(content);
        card.getStyleClass().add("insight-card");
        return card;
    }
}

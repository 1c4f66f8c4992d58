package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.inspect.Sampler;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.probe.SignInScript;
import dev.sessioninspector.probe.TokenLocation;
import dev.sessioninspector.probe.TokenSamplerConfig;
import dev.sessioninspector.ui.state.Dialogs;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * What "Sample fresh tokens" sends, with the choices of the {@code sample} command: the URL, the method, a body,
 * request headers (one {@code Name: value} a line), where the response carries the token (a cookie, a header, a
 * JSON Pointer, group 1 of a regular expression), how many distinct tokens to collect, the workers and the request
 * ceiling, and a sign-in to run as a new visitor before each token ({@code --sign-in}: the recording's, the demo
 * shop's flow or a flow file). With a sign-in and no URL the token is the one the sign-in issues; with a URL (or a
 * path) the request follows each sign-in in its session. The URL and the cookie name are suggested from the
 * recording until the user types their own (the URL only without a sign-in).
 */
final class SampleRequestForm extends GridPane {
    /** Worker threads of a sample taken from the app, as the command's default. */
    static final int THREADS = 4;

    /** What runs before each token. */
    enum SignIn {
        NONE("No sign-in: the request alone"),
        RECORDED("Sign in as the recording did"),
        DEMO("Sign in with the demo shop's flow"),
        FLOW_FILE("Sign in with a flow file");

        private final String label;

        SignIn(String label) {
            this.label = label;
        }
    }

    private final TextField url = new TextField();
    private final ComboBox<String> method = new ComboBox<>(FXCollections.observableArrayList(
            "GET", "POST", "PUT", "PATCH", "DELETE"));
    private final TextArea body = new TextArea();
    private final TextArea headers = new TextArea();
    private final ChoiceBox<TokenLocation.Kind> where = new ChoiceBox<>(
            FXCollections.observableArrayList(TokenLocation.Kind.values()));
    private final TextField token = new TextField();
    private final Spinner<Integer> count = new Spinner<>(1, 1_000_000, 2_000, 500);
    private final ChoiceBox<SignIn> signIn = new ChoiceBox<>(FXCollections.observableArrayList(SignIn.values()));
    private final TextField flowFile = new TextField();
    private final Button browse = new Button("Choose…");
    private final Spinner<Integer> threads = new Spinner<>(1, 64, THREADS);
    private final TextField rate = new TextField("0");
    private final Label hint = new Label();
    private Dialogs dialogs = Dialogs.QUIET;
    private boolean urlSuggested = true;
    private boolean tokenSuggested = true;

    SampleRequestForm() {
        getStyleClass().add("sample-request-form");
        setHgap(8);
        setVgap(6);
        url.setId("entropy-url");
        url.setPromptText("http://host/path that issues the token");
        url.setTooltip(new Tooltip("Where the request goes (sent without cookies; redirects are not followed). With a "
                + "sign-in: sent after each sign-in in its session, a /path is from the sign-in's site; leave it "
                + "empty to sample what the sign-in issues"));
        url.textProperty().addListener((o, was, now) -> urlSuggested = false);
        method.setId("entropy-method");
        method.setEditable(true);
        method.getSelectionModel().select("GET");
        method.setPrefWidth(110);
        body.setId("entropy-body");
        body.setPromptText("Body (JSON or a url-encoded form), e.g. {\"kind\": \"session\"}");
        body.setPrefRowCount(2);
        headers.setId("entropy-headers");
        headers.setPromptText("Request headers, one 'Name: value' a line");
        headers.setPrefRowCount(2);
        where.setId("entropy-token-kind");
        where.setConverter(converter(SampleRequestForm::label));
        where.getSelectionModel().select(TokenLocation.Kind.COOKIE);
        where.valueProperty().addListener((o, was, now) -> token.setPromptText(prompt(now)));
        token.setId("entropy-token-value");
        token.setPromptText(prompt(TokenLocation.Kind.COOKIE));
        token.textProperty().addListener((o, was, now) -> tokenSuggested = false);
        count.setId("entropy-sample-count");
        count.setEditable(true);
        count.setPrefWidth(110);
        signIn.setId("entropy-sign-in");
        signIn.setConverter(converter(s -> s.label));
        signIn.getSelectionModel().select(SignIn.NONE);
        signIn.valueProperty().addListener((o, was, now) -> signInChanged(now));
        flowFile.setId("entropy-flow-file");
        flowFile.setPromptText("flow file (JSON), e.g. shop.flow.json");
        HBox.setHgrow(flowFile, Priority.ALWAYS);
        browse.setId("entropy-flow-browse");
        browse.setOnAction(e -> dialogs.open("Flow file to sign in with", "Flow files", "*.json")
                .ifPresent(p -> flowFile.setText(p.toString())));
        threads.setId("entropy-threads");
        threads.setEditable(true);
        threads.setPrefWidth(80);
        rate.setId("entropy-rate");
        rate.setPrefColumnCount(5);
        rate.setTooltip(new Tooltip("At most this many requests per second (a sign-in's requests all count); 0: no limit"));
        hint.setId("entropy-sign-in-hint");
        hint.getStyleClass().add("entropy-hint");
        hint.setWrapText(true);

        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // the row names never shrink to "…" for a long hint
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
        HBox request = new HBox(8, method, url);
        HBox.setHgrow(url, Priority.ALWAYS);
        HBox tokenRow = new HBox(8, where, token, new Label("Sample size"), count, new Label("distinct tokens"));
        HBox.setHgrow(token, Priority.ALWAYS);
        HBox signInRow = new HBox(8, signIn, flowFile, browse, new Label("Threads"), threads, new Label("Rate"), rate,
                new Label("requests/s"));
        HBox bodyAndHeaders = new HBox(8, body, new Label("Headers"), headers);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox.setHgrow(headers, Priority.ALWAYS);
        addRow(0, new Label("Sign in"), signInRow);
        addRow(1, new Label("Request"), request);
        addRow(2, new Label("Body"), bodyAndHeaders);
        addRow(3, new Label("Token in"), tokenRow);
        add(hint, 1, 4);
        signInChanged(SignIn.NONE);
    }

    /** Where "Choose…" asks for a flow file (the app's dialogs; quiet until set). */
    void setDialogs(Dialogs d) {
        dialogs = Objects.requireNonNull(d, "dialogs");
    }

    /** Fills in the recording's page and session cookie, unless the user typed their own (FX thread). */
    void suggest(URI page, String cookieName) {
        if (signIn.getValue() == SignIn.NONE && (urlSuggested || url.getText().isBlank())) {
            url.setText(page.toString());
            urlSuggested = true;
        }
        if (where.getValue() == TokenLocation.Kind.COOKIE && (tokenSuggested || token.getText().isBlank())) {
            token.setText(cookieName);
            tokenSuggested = true;
        }
    }

    boolean hasUrl() {
        return !url.getText().isBlank();
    }

    SignIn signIn() {
        return signIn.getValue();
    }

    void setCount(int n) {
        count.getValueFactory().setValue(n);
    }

    /**
     * The choices as typed, checked (FX thread); {@link Choices#config} then reads the sign-in.
     *
     * @throws IllegalArgumentException with one line when a choice is missing or malformed
     */
    Choices choices() {
        SignIn before = signIn.getValue();
        if (before == SignIn.NONE && url.getText().isBlank()) {
            throw new IllegalArgumentException("give the URL that issues the token");
        }
        if (before == SignIn.FLOW_FILE && flowFile.getText().isBlank()) {
            throw new IllegalArgumentException("choose the flow file to sign in with");
        }
        String m = method.getEditor().getText() == null || method.getEditor().getText().isBlank()
                ? method.getValue() : method.getEditor().getText();
        String data = body.getText().isBlank() ? null : body.getText();
        if (token.getText().isBlank()) {
            throw new IllegalArgumentException("say where the token is: " + prompt(where.getValue()));
        }
        TokenLocation location = new TokenLocation(where.getValue(), token.getText().strip());
        Headers h = TokenSamplerConfig.requestHeaders(List.of(headers.getText().split("\\R")));
        String typedRate = rate.getText().strip();
        double perSecond;
        try {
            perSecond = typedRate.isEmpty() ? 0 : Double.parseDouble(typedRate);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the rate must be a number of requests per second (0: no limit), not '"
                    + typedRate + "'");
        }
        return new Choices(before, before == SignIn.FLOW_FILE ? Path.of(flowFile.getText().strip()) : null,
                url.getText().strip(), m == null ? "GET" : m.strip().toUpperCase(Locale.ROOT), data, h, location,
                whole(count, "the sample size"), whole(threads, "the threads"), perSecond);
    }

    /** The form's choices, checked; a sign-in is read only by {@link #config}. */
    record Choices(SignIn signIn, Path flowFile, String url, String method, String body, Headers headers,
            TokenLocation token, int count, int threads, double rate) {
        /** For the status line while the sign-in is read. */
        String describe() {
            String then = url.isBlank() ? "" : ", then " + method + " " + url;
            return switch (signIn) {
                case NONE -> method + " " + url;
                case RECORDED -> "signing in as the recording did" + then;
                case DEMO -> "signing in with the demo shop's flow" + then;
                case FLOW_FILE -> "signing in with " + flowFile.getFileName() + then;
            };
        }

        /**
         * The sampler's configuration: reads the flow file or the recording's sign-in, so not on the FX thread.
         *
         * @throws IllegalArgumentException (or the flow parser's exception) with one line
         */
        TokenSamplerConfig config(SignInSources sources) {
            return switch (signIn) {
                case NONE -> TokenSamplerConfig.of(target(url), method, body, headers, token, count, threads, rate);
                case FLOW_FILE -> Sampler.withSignIn(FlowParser.parse(flowFile), url, method, body, headers, token, count,
                        threads, rate);
                case DEMO -> Sampler.withSignIn(sources.demo().orElseThrow(() -> new IllegalArgumentException(
                        "no demo shop is running here: choose a flow file")), url, method, body, headers, token, count,
                        threads, rate);
                case RECORDED -> {
                    SignInScript script = sources.recorded();
                    if (!script.canSignIn()) {
                        throw new IllegalArgumentException("the recording on screen shows no sign-in to replay (a "
                                + "login POST with a password field, and the password the probes use): choose a "
                                + "flow file");
                    }
                    URI first = script.signIn().get(0).url();
                    yield Sampler.withSignIn(script, "the recorded sign-in", first.resolve("/"), url, method, body,
                            headers, token, count, threads, rate);
                }
            };
        }

        private static URI target(String text) {
            try {
                return URI.create(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a URL: " + text);
            }
        }
    }

    private void signInChanged(SignIn now) {
        boolean file = now == SignIn.FLOW_FILE;
        flowFile.setVisible(file);
        flowFile.setManaged(file);
        browse.setVisible(file);
        browse.setManaged(file);
        if (now != SignIn.NONE && urlSuggested && !url.getText().isBlank()) {
            url.clear(); // the recording's page was only a suggestion: with a sign-in, no URL samples what it issues
            urlSuggested = true;
        }
        hint.setText(now == SignIn.NONE
                ? "Each token is one request to the URL, sent without cookies."
                : "Each token is a whole sign-in as a new visitor. No URL: the token the sign-in issues. A URL or "
                        + "/path: sent after each sign-in, in its session; the token is read from its answer.");
    }

    /** A spinner's number as typed (a spinner commits typed text only on Enter or leaving the field). */
    private static int whole(Spinner<Integer> spinner, String what) {
        String typed = spinner.getEditor().getText().replace(",", "").strip();
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, not '" + typed + "'");
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static String label(TokenLocation.Kind k) {
        return switch (k) {
            case COOKIE -> "Cookie";
            case HEADER -> "Response header";
            case JSON -> "JSON pointer";
            case REGEX -> "Regex (group 1)";
        };
    }

    private static String prompt(TokenLocation.Kind k) {
        return switch (k == null ? TokenLocation.Kind.COOKIE : k) {
            case COOKIE -> "cookie name, e.g. JSESSIONID";
            case HEADER -> "header name, e.g. X-Session-Token";
            case JSON -> "JSON pointer, e.g. /token";
            case REGEX -> "regular expression, e.g. token=([0-9a-f]+)";
        };
    }
}

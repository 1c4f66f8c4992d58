package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.probe.TokenLocation;
import dev.sessioninspector.probe.TokenSamplerConfig;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
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
import javafx.util.StringConverter;

/**
 * What "Sample fresh tokens" sends, with the choices of the {@code sample} command: the URL, the method, a body,
 * request headers (one {@code Name: value} a line), where the response carries the token (a cookie, a header, a
 * JSON Pointer, group 1 of a regular expression) and how many distinct tokens to collect. The URL and the cookie
 * name are suggested from the recording until the user types their own.
 */
final class SampleRequestForm extends GridPane {
    /** Worker threads of a sample taken from the app, as the command's default. */
    static final int THREADS = 4;

    private final TextField url = new TextField();
    private final ComboBox<String> method = new ComboBox<>(FXCollections.observableArrayList(
            "GET", "POST", "PUT", "PATCH", "DELETE"));
    private final TextArea body = new TextArea();
    private final TextArea headers = new TextArea();
    private final ChoiceBox<TokenLocation.Kind> where = new ChoiceBox<>(
            FXCollections.observableArrayList(TokenLocation.Kind.values()));
    private final TextField token = new TextField();
    private final Spinner<Integer> count = new Spinner<>(1, 1_000_000, 2_000, 500);
    private boolean urlSuggested = true;
    private boolean tokenSuggested = true;

    SampleRequestForm() {
        getStyleClass().add("sample-request-form");
        setHgap(8);
        setVgap(6);
        url.setId("entropy-url");
        url.setPromptText("http://host/path that issues the token");
        url.setTooltip(new Tooltip("Where the request goes (sent without cookies; redirects are not followed)"));
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
        where.setConverter(new StringConverter<>() {
            @Override
            public String toString(TokenLocation.Kind k) {
                return k == null ? "" : label(k);
            }

            @Override
            public TokenLocation.Kind fromString(String s) {
                return null;
            }
        });
        where.getSelectionModel().select(TokenLocation.Kind.COOKIE);
        where.valueProperty().addListener((o, was, now) -> token.setPromptText(prompt(now)));
        token.setId("entropy-token-value");
        token.setPromptText(prompt(TokenLocation.Kind.COOKIE));
        token.textProperty().addListener((o, was, now) -> tokenSuggested = false);
        count.setId("entropy-sample-count");
        count.setEditable(true);
        count.setPrefWidth(110);

        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
        HBox request = new HBox(8, method, url);
        HBox.setHgrow(url, Priority.ALWAYS);
        HBox tokenRow = new HBox(8, where, token, new Label("Sample size"), count, new Label("distinct tokens"));
        HBox.setHgrow(token, Priority.ALWAYS);
        addRow(0, new Label("Request"), request);
        addRow(1, new Label("Body"), body);
        addRow(2, new Label("Headers"), headers);
        addRow(3, new Label("Token in"), tokenRow);
    }

    /** Fills in the recording's page and session cookie, unless the user typed their own (FX thread). */
    void suggest(URI page, String cookieName) {
        if (urlSuggested || url.getText().isBlank()) {
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

    void setCount(int n) {
        count.getValueFactory().setValue(n);
    }

    /**
     * The request as configured.
     *
     * @throws IllegalArgumentException with one line when a choice is missing or malformed
     */
    TokenSamplerConfig config() {
        if (url.getText().isBlank()) {
            throw new IllegalArgumentException("give the URL that issues the token");
        }
        URI target;
        try {
            target = URI.create(url.getText().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + url.getText().strip());
        }
        String m = method.getEditor().getText() == null || method.getEditor().getText().isBlank()
                ? method.getValue() : method.getEditor().getText();
        String data = body.getText().isBlank() ? null : body.getText();
        if (token.getText().isBlank()) {
            throw new IllegalArgumentException("say where the token is: " + prompt(where.getValue()));
        }
        TokenLocation location = new TokenLocation(where.getValue(), token.getText().strip());
        return TokenSamplerConfig.of(target, m == null ? "GET" : m.strip().toUpperCase(Locale.ROOT), data,
                TokenSamplerConfig.requestHeaders(List.of(headers.getText().split("\\R"))), location,
                count(), THREADS, 0);
    }

    /** The sample size as typed (a spinner commits typed text only on Enter or leaving the field). */
    private int count() {
        String typed = count.getEditor().getText().replace(",", "").strip();
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the sample size must be a whole number, not '" + typed + "'");
        }
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

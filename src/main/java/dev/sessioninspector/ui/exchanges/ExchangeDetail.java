package dev.sessioninspector.ui.exchanges;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Headers;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import java.util.function.Function;

/**
 * The detail pane of one exchange: headers (request and response), cookies with their attributes decoded,
 * and both bodies (JSON pretty-printed, markup indented, binary as hex).
 */
public final class ExchangeDetail extends BorderPane {
    private final Label title = new Label("Select an exchange to see its headers, cookies and bodies.");
    private final TextArea headers = area("detail-headers");
    private final TableView<CookieRows> cookies = new TableView<>();
    private final TextArea request = area("detail-request-body");
    private final TextArea response = area("detail-response-body");
    private final TextArea token = area("detail-token");
    private final TabPane tabs = new TabPane();

    public ExchangeDetail() {
        getStyleClass().add("exchange-detail");
        title.getStyleClass().add("detail-title");
        title.setId("detail-title");
        title.setWrapText(true);
        setTop(title);
        cookies.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        cookies.setId("detail-cookies");
        cookies.getColumns().add(column("", CookieRows::direction, 4));
        cookies.getColumns().add(column("Name", CookieRows::name, 10));
        cookies.getColumns().add(column("Value", CookieRows::value, 16));
        cookies.getColumns().add(column("Attributes", CookieRows::attributes, 28));
        cookies.getColumns().add(column("Problem", CookieRows::problem, 14));
        cookies.setPlaceholder(new Label("No cookies sent or set"));
        tabs.getTabs().addAll(tab("Headers", headers), tab("Cookies", cookies), tab("Request body", request),
                tab("Response body", response), tab("Token", token));
        tabs.setId("detail-tabs");
        setCenter(tabs);
    }

    /** Shows one exchange, or clears the pane for null. */
    public void show(Exchange e) {
        if (e == null) {
            title.setText("Select an exchange to see its headers, cookies and bodies.");
            headers.clear();
            cookies.getItems().clear();
            request.clear();
            response.clear();
            token.clear();
            return;
        }
        title.setText("#" + e.id() + "  " + e.method() + " " + e.url() + "  → "
                + (e.failed() ? "no response" + (e.error() == null ? "" : ": " + e.error()) : e.status()));
        headers.setText(e.method() + " " + e.url() + "\n" + lines(e.requestHeaders()) + "\n"
                + (e.failed() ? "(no response)" : "HTTP " + e.status()) + "\n" + lines(e.responseHeaders()));
        cookies.setItems(FXCollections.observableArrayList(CookieRows.of(e)));
        request.setText(BodyFormat.render(e.requestBody(), e.requestHeaders().first("Content-Type").orElse(null)));
        response.setText(BodyFormat.render(e.responseBody(),
                e.responseHeaders().first("Content-Type").orElse(null)));
        token.setText(TokenText.render(e));
    }

    public TabPane tabs() {
        return tabs;
    }

    private static String lines(Headers h) {
        StringBuilder sb = new StringBuilder();
        for (Header header : h.all()) {
            sb.append(header.name()).append(": ").append(header.value()).append('\n');
        }
        return sb.toString();
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setEditable(false);
        a.setId(id);
        a.getStyleClass().add("mono");
        return a;
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab t = new Tab(name, content);
        t.setClosable(false);
        return t;
    }

    static <T> TableColumn<T, String> column(String name, Function<T, String> value, double ems) {
        TableColumn<T, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(ems * 12);
        return c;
    }
}

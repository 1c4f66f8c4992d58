package dev.sessioninspector.ui.demo;

import dev.sessioninspector.browser.Glyphs;
import dev.sessioninspector.browser.Styles;
import dev.sessioninspector.demo.ShopSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Demo shop" side panel: every switch of the running shop, live, grouped by topic, with the profiles
 * "Weak" and "Hardened" one click away. Changes go to the shop through {@link DemoShopControl}, off the FX
 * thread, and take effect on the shop's next response.
 */
public final class DemoShopPanel extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final List<SwitchRow> rows = new ArrayList<>();
    private final Label summary = new Label();
    private final Label error = new Label();
    private final Label transportNote = new Label(
            "Secure cookies never travel over http://, so sign-in will not stick here. The full hardened"
                    + " shop needs HTTPS: restart with  gui --demo-https");
    private final Button weak = new Button("Weak");
    private final Button hardened = new Button("Hardened");

    public DemoShopPanel(DemoShopControl control) {
        getStyleClass().add("demo-panel");
        setId("demo-panel");
        ShopSettings initial = control.settings().get();

        Label title = new Label("Demo shop", Glyphs.TUNE.icon());
        title.getStyleClass().add("panel-title");
        Label where = new Label(control.baseUri() + "  ·  alice / wonderland");
        where.getStyleClass().add("panel-subtitle");
        where.setTooltip(new Tooltip("The built-in tea shop. Sign in as alice, password wonderland."));

        weak.setId("profile-weak");
        weak.setTooltip(new Tooltip("Every weakness on: sequential IDs, no rotation, no timeouts, IDs in URLs,"
                + " no cookie attributes, a cookie that lives a year."));
        weak.setOnAction(e -> control.applyProfile(ShopSettings.weak()));
        hardened.setId("profile-hardened");
        hardened.setTooltip(new Tooltip("Every weakness off, as OWASP's cheat sheet asks. HTTPS stays as the shop"
                + " was started: over http:// the Secure cookie is not sent back."));
        hardened.setOnAction(e -> control.applyProfile(ShopSettings.hardened()));
        for (Button b : List.of(weak, hardened)) {
            b.getStyleClass().add("profile-button");
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        HBox profiles = new HBox(weak, hardened);
        profiles.getStyleClass().add("profile-bar");

        summary.getStyleClass().add("weakness-summary");
        error.getStyleClass().add("panel-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(control.error());
        error.visibleProperty().bind(control.error().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox sections = new VBox();
        sections.getStyleClass().add("switch-sections");
        Consumer<UnaryOperator<ShopSettings>> sink = control::apply;
        for (ShopSwitches.Section section : ShopSwitches.SECTIONS) {
            Label heading = new Label(section.title().toUpperCase(Locale.ROOT));
            heading.getStyleClass().add("section-title");
            VBox group = new VBox(heading);
            group.getStyleClass().add("switch-section");
            for (ShopSwitch s : section.switches()) {
                SwitchRow row = new SwitchRow(s, initial, sink);
                rows.add(row);
                group.getChildren().add(row);
            }
            sections.getChildren().add(group);
        }
        Label hint = new Label("Switches take effect on the shop's next response. Green dot: protected;"
                + " red: the weakness is on. Hover a switch for what it does.");
        hint.getStyleClass().add("panel-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        sections.getChildren().add(hint);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("panel-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        transportNote.getStyleClass().add("panel-warning");
        transportNote.setWrapText(true);
        transportNote.setMinHeight(Region.USE_PREF_SIZE);
        transportNote.setId("transport-note");

        VBox header = new VBox(title, where, profiles, summary, transportNote, error);
        header.getStyleClass().add("panel-header");
        header.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(header, scroll);

        control.settings().addListener((obs, old, now) -> show(now));
        control.error().addListener((obs, old, now) -> show(control.settings().get()));
        show(initial);
    }

    /** The rows, in panel order (for tests and keyboard navigation). */
    public List<SwitchRow> rows() {
        return List.copyOf(rows);
    }

    private void show(ShopSettings s) {
        rows.forEach(r -> r.show(s));
        long weaknesses = ShopSwitches.weaknesses(s);
        int total = ShopSwitches.all().size();
        summary.setText(weaknesses == 0 ? "All " + total + " protections on"
                : weaknesses + " of " + total + " protections off");
        summary.pseudoClassStateChanged(Styles.INSECURE, weaknesses > 0);
        boolean secureOverHttp = (s.secure() || s.hostPrefix()) && !s.https();
        transportNote.setVisible(secureOverHttp);
        transportNote.setManaged(secureOverHttp);
        weak.pseudoClassStateChanged(CURRENT, s.equals(ShopSettings.weak().withHttps(s.https())));
        hardened.pseudoClassStateChanged(CURRENT, s.equals(ShopSettings.hardened().withHttps(s.https())));
    }
}

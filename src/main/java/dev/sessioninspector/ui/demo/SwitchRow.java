package dev.sessioninspector.ui.demo;

import dev.sessioninspector.browser.Styles;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.ui.demo.ShopSwitch.Choice;
import dev.sessioninspector.ui.demo.ShopSwitch.Option;
import dev.sessioninspector.ui.demo.ShopSwitch.Toggle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * One row of the demo-shop panel: a state dot (red while the switch is in its weak position), the label,
 * and the control (a toggle switch or a drop-down). It shows settings pushed in by {@link #show} and sends
 * the user's changes to {@code changes} as setting transformations.
 */
public final class SwitchRow extends HBox {
    private final ShopSwitch spec;
    private final Region dot = new Region();
    private final Runnable refresh;
    private ShopSettings shown;
    private boolean syncing;

    SwitchRow(ShopSwitch spec, ShopSettings initial, Consumer<UnaryOperator<ShopSettings>> changes) {
        this.spec = spec;
        this.shown = initial;
        getStyleClass().add("switch-row");
        setAlignment(Pos.CENTER_LEFT);
        setId("switch-" + spec.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", ""));
        dot.getStyleClass().add("state-dot");
        Label label = new Label(spec.label());
        label.getStyleClass().add("switch-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Tooltip tip = new Tooltip(spec.explanation());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(this, tip);

        Built built;
        if (spec instanceof Toggle toggle) {
            CheckBox box = new CheckBox();
            box.getStyleClass().add("switch");
            box.setTooltip(tip);
            box.setDisable(!toggle.live());
            box.selectedProperty().addListener((obs, was, on) -> {
                if (!syncing) {
                    changes.accept(s -> toggle.set().apply(s, on));
                }
            });
            label.setLabelFor(box);
            label.setOnMouseClicked(e -> {
                if (!box.isDisabled()) {
                    box.setSelected(!box.isSelected());
                }
            });
            built = new Built(box, () -> box.setSelected(toggle.get().apply(shown)));
        } else {
            built = choiceControl((Choice<?>) spec, tip, changes);
        }
        refresh = built.refresh();
        getChildren().addAll(dot, label, spacer, built.control());
        show(initial);
    }

    /** A control and how to make it show {@link #shown}. */
    private record Built(Node control, Runnable refresh) {
    }

    private <T> Built choiceControl(Choice<T> choice, Tooltip tip, Consumer<UnaryOperator<ShopSettings>> changes) {
        ComboBox<Option<T>> combo = new ComboBox<>();
        combo.getStyleClass().add("switch-choice");
        combo.setTooltip(tip);
        combo.valueProperty().addListener((obs, was, option) -> {
            if (!syncing && option != null) {
                changes.accept(s -> choice.set().apply(s, option.value()));
            }
        });
        Runnable refreshChoice = () -> {
            Option<T> current = choice.optionFor(choice.get().apply(shown));
            List<Option<T>> items = new ArrayList<>(choice.options());
            if (!items.contains(current)) {
                items.add(current);
            }
            if (!combo.getItems().equals(items)) {
                combo.getItems().setAll(items);
            }
            combo.setValue(current);
        };
        return new Built(combo, refreshChoice);
    }

    /** The switch this row controls. */
    ShopSwitch spec() {
        return spec;
    }

    /** Shows {@code settings} without sending anything back. */
    void show(ShopSettings settings) {
        shown = settings;
        syncing = true;
        try {
            refresh.run();
        } finally {
            syncing = false;
        }
        boolean weak = spec.weakIn(settings);
        dot.pseudoClassStateChanged(Styles.INSECURE, weak);
        pseudoClassStateChanged(Styles.INSECURE, weak);
    }
}

package dev.sessioninspector.ui.inspect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The inspector's tabs, in window order. Code and tests find a tab by this id, never by its label: the label
 * is what the user reads and may change; {@link #id()} ({@code tab-timeline}, …) is the node id the tab carries.
 */
public enum InspectorTab {
    TIMELINE("Timeline", "Every exchange along time, a lane per cookie", KeyCode.DIGIT1),
    EXCHANGES("Exchanges", "All requests and responses, filterable", KeyCode.DIGIT2),
    COOKIES("Cookies", "The cookie jar and each cookie's history", KeyCode.DIGIT3),
    FINDINGS("Findings", "What the analysis found, with evidence and fixes", KeyCode.DIGIT4),
    ENTROPY("Entropy", "Token statistics of the session IDs, or of a fresh sample", KeyCode.DIGIT5),
    PROBES("Probes", "Active checks against the recorded site", KeyCode.DIGIT6);

    private final String label;
    private final String tooltip;
    private final KeyCode key;

    InspectorTab(String label, String tooltip, KeyCode key) {
        this.label = label;
        this.tooltip = tooltip;
        this.key = key;
    }

    /** What the tab header says. */
    public String label() {
        return label;
    }

    /** The header's tooltip, with the shortcut. */
    public String tooltip() {
        return tooltip + " (Ctrl+" + (ordinal() + 1) + ")";
    }

    /** The tab's node id. */
    public String id() {
        return "tab-" + name().toLowerCase(Locale.ROOT);
    }

    /** Shortcut+digit selects the tab. */
    public KeyCombination shortcut() {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** Which inspector tab {@code tab} is, by its id; empty for null or a tab that is none of these. */
    public static Optional<InspectorTab> of(Tab tab) {
        if (tab == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.id().equals(tab.getId())).findFirst();
    }
}

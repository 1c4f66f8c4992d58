package dev.sessioninspector.ui.entropy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The bit-level tests as a table: test, standard, bits tested, failures at 1 %, worst P-value, a chip. */
final class BitTestTable extends VBox {
    private final GridPane grid = new GridPane();
    private final List<Label> chips = new ArrayList<>();

    BitTestTable() {
        getStyleClass().add("bit-test-table");
        Label title = new Label("Bit-level tests (every extracted bit)");
        title.getStyleClass().add("chart-title");
        grid.getStyleClass().add("bit-grid");
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(name);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHalignment(i == 3 ? HPos.CENTER : HPos.RIGHT);
            grid.getColumnConstraints().add(c);
        }
        getChildren().addAll(title, grid);
        show(List.of());
    }

    void show(List<BitTestSummary> rows) {
        grid.getChildren().clear();
        chips.clear();
        String[] headers = {"test", "bits", "P < 1 %", "worst P", ""};
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(headers[c]);
            h.getStyleClass().add("bit-grid-header");
            grid.add(h, c, 0);
        }
        int r = 1;
        for (BitTestSummary s : rows) {
            Label name = new Label(s.test());
            name.getStyleClass().add("bit-test-name");
            name.setTooltip(new Tooltip(s.standard()));
            Label standard = new Label(s.standard());
            standard.getStyleClass().add("bit-test-standard");
            VBox nameBox = new VBox(name, standard);
            grid.add(nameBox, 0, r);
            grid.add(cell(Integer.toString(s.tested())), 1, r);
            grid.add(cell(s.notRun() ? "–" : Integer.toString(s.failingAt1Percent())), 2, r);
            grid.add(cell(Double.isNaN(s.worstP()) ? "–" : formatP(s.worstP())), 3, r);
            Label chip = new Label(s.notRun() ? "n/a" : s.passed() ? "pass" : "fail");
            chip.getStyleClass().addAll("chip", s.notRun() ? "chip-na" : s.passed() ? "chip-pass" : "chip-fail");
            chip.setTooltip(new Tooltip(s.notRun() ? "Too few tokens for this test"
                    : s.passed() ? "Worst P-value survives the correction for " + s.tested() + " bits"
                    : "Fails at family-wise significance 0.1 %"));
            chips.add(chip);
            grid.add(chip, 4, r);
            r++;
        }
    }

    /** The chips' texts in row order ("pass", "fail", "n/a"), for tests. */
    List<String> chipTexts() {
        return chips.stream().map(Label::getText).toList();
    }

    private static Label cell(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("bit-cell");
        return l;
    }

    static String formatP(double p) {
        return p >= 0.001 ? String.format(Locale.ROOT, "%.3f", p) : String.format(Locale.ROOT, "%.1e", p);
    }
}

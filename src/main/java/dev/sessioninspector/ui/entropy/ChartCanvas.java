package dev.sessioninspector.ui.entropy;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A chart drawn on a canvas that fills its region and redraws on resize. Text follows the window's root
 * font size (read from a hidden label the stylesheet sizes), so the presenter zoom enlarges the charts too.
 */
abstract class ChartCanvas extends Region {
    static final Color TEXT = Color.web("#1f2433");
    static final Color MUTED = Color.web("#6b7280");
    static final Color GRID = Color.web("#e2e5ee");
    static final Color OK = Color.web("#16a34a");
    static final Color WARN = Color.web("#d97706");
    static final Color BAD = Color.web("#dc2626");
    static final Color MAX = Color.web("#c7d2fe");

    private final Canvas canvas = new Canvas();
    private final Label fontProbe = new Label("M");

    ChartCanvas(String styleClass, double prefWidthEm, double prefHeightEm) {
        getStyleClass().addAll("chart-canvas", styleClass);
        fontProbe.setVisible(false);
        fontProbe.setManaged(false);
        getChildren().addAll(fontProbe, canvas);
        fontProbe.fontProperty().addListener((o, a, b) -> requestLayout());
        setPrefSize(prefWidthEm * 13, prefHeightEm * 13);
        setMinSize(120, 80);
    }

    /** The current text size in pixels (follows the root font size). */
    final double em() {
        Font f = fontProbe.getFont();
        return f == null ? 13 : f.getSize();
    }

    final Font font(double scale) {
        return Font.font(fontProbe.getFont().getFamily(), em() * scale);
    }

    final Font boldFont(double scale) {
        return Font.font(fontProbe.getFont().getFamily(), javafx.scene.text.FontWeight.BOLD, em() * scale);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, snapSizeX(getWidth()));
        double h = Math.max(1, snapSizeY(getHeight()));
        canvas.setWidth(w);
        canvas.setHeight(h);
        redraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(getPrefWidth(), em() * 20);
    }

    /** Redraws with the current data and size (FX thread). */
    final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        draw(g, canvas.getWidth(), canvas.getHeight());
    }

    abstract void draw(GraphicsContext g, double width, double height);

    /** Green when the P-value passes at 1 %, amber down to 0.01 %, red below; grey when no test could run. */
    static Color pValueColor(double p) {
        if (Double.isNaN(p)) {
            return MUTED;
        }
        return p >= 0.01 ? OK : p >= 0.0001 ? WARN : BAD;
    }

    /** A message centred in the chart (no data). */
    final void empty(GraphicsContext g, double w, double h, String message) {
        g.setFill(MUTED);
        g.setFont(font(1.0));
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        g.fillText(message, w / 2, h / 2);
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        g.setTextBaseline(javafx.geometry.VPos.BASELINE);
    }

    /** The chart's title at the top left. */
    final double title(GraphicsContext g, String title) {
        g.setFill(TEXT);
        g.setFont(boldFont(1.05));
        g.setTextBaseline(javafx.geometry.VPos.TOP);
        g.fillText(title, em() * 0.6, em() * 0.4);
        g.setTextBaseline(javafx.geometry.VPos.BASELINE);
        return em() * 2.0;
    }
}

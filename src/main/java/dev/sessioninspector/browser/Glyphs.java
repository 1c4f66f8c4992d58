package dev.sessioninspector.browser;

import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;

/**
 * Monochrome vector icons for buttons, drawn as shaped regions so the stylesheet sets their colour and
 * size ({@code .glyph}). Path data after Material Icons (Apache License 2.0), 24×24 view box.
 */
public enum Glyphs {
    BACK("M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z"),
    FORWARD("M12 4l-1.41 1.41L16.17 11H4v2h12.17l-5.58 5.59L12 20l8-8z"),
    RELOAD("M17.65 6.35C16.2 4.9 14.21 4 12 4c-4.42 0-7.99 3.58-7.99 8s3.57 8 7.99 8c3.73 0 6.84-2.55 7.73-6h-2.08"
            + "c-.82 2.33-3.04 4-5.65 4-3.31 0-6-2.69-6-6s2.69-6 6-6c1.66 0 3.14.69 4.22 1.78L13 11h7V4l-2.35 2.35z"),
    STOP("M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"),
    LOCK("M18 8h-1V6c0-2.76-2.24-5-5-5S7 3.24 7 6v2H6c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V10"
            + "c0-1.1-.9-2-2-2zm-6 9c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2zm3.1-9H8.9V6c0-1.71 1.39-3.1 3.1-3.1"
            + " 1.71 0 3.1 1.39 3.1 3.1v2z"),
    LOCK_OPEN("M12 17c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm6-9h-1V6c0-2.76-2.24-5-5-5S7 3.24 7 6h1.9"
            + "c0-1.71 1.39-3.1 3.1-3.1 1.71 0 3.1 1.39 3.1 3.1v2H6c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2h12c1.1 0 2-.9"
            + " 2-2V10c0-1.1-.9-2-2-2zm0 12H6V10h12v10z"),
    TUNE("M3 17v2h6v-2H3zM3 5v2h10V5H3zm10 16v-2h8v-2h-8v-2h-2v6h2zM7 9v2H3v2h4v2h2V9H7zm14 4v-2H11v2h10z"
            + "m-6-4h2V7h4V5h-4V3h-2v6z"),
    ZOOM_IN("M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3S3 5.91 3 9.5 5.91 16 9.5 16"
            + "c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5"
            + " 14 7.01 14 9.5 11.99 14 9.5 14zm2.5-4h-2v2H9v-2H7V9h2V7h1v2h2v1z"),
    SHIELD("M12 1L3 5v6c0 5.55 3.84 10.74 9 12 5.16-1.26 9-6.45 9-12V5l-9-4z"),
    WARNING("M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z");

    private final String path;

    Glyphs(String path) {
        this.path = path;
    }

    /** SVG path data in a 24×24 box. */
    public String path() {
        return path;
    }

    /** A new icon node with style classes {@code glyph} and {@code glyph-<name>}. */
    public Region icon() {
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        Region r = new Region();
        r.setShape(shape);
        r.setScaleShape(true);
        r.getStyleClass().addAll("glyph", "glyph-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return r;
    }
}

package dev.sessioninspector.ui.timeline;

import javafx.scene.paint.Color;

/**
 * The timeline's colours for a light or a dark background: status classes (2xx green, 3xx blue, 4xx amber,
 * 5xx and failures red/grey), cookie values (distinct hues, a new colour is a new value), markers and badges.
 */
public record TimelinePalette(Color background, Color grid, Color text, Color muted, Color[] statuses,
                              Color[] values, Color login, Color logout, Color note, Color badge,
                              Color selection, Color hover) {

    /** For the light theme. */
    public static final TimelinePalette LIGHT = new TimelinePalette(
            Color.web("#ffffff"), Color.web("#e5e7eb"), Color.web("#1f2433"), Color.web("#6b7280"),
            new Color[] {Color.web("#15803d"), Color.web("#2563eb"), Color.web("#c2410c"), Color.web("#b91c1c"),
                    Color.web("#6b7280"), Color.web("#7c3aed")},
            new Color[] {Color.web("#6366f1"), Color.web("#0d9488"), Color.web("#d97706"), Color.web("#db2777"),
                    Color.web("#65a30d"), Color.web("#0284c7"), Color.web("#9333ea"), Color.web("#ea580c")},
            Color.web("#16a34a"), Color.web("#9333ea"), Color.web("#64748b"), Color.web("#dc2626"),
            Color.web("#4f46e5"), Color.web("#111827"));

    /** For the dark theme: the same hues, lighter, so they stay readable on a dark background. */
    public static final TimelinePalette DARK = new TimelinePalette(
            Color.web("#161a23"), Color.web("#2a3040"), Color.web("#e5e7eb"), Color.web("#9ca3af"),
            new Color[] {Color.web("#4ade80"), Color.web("#60a5fa"), Color.web("#fb923c"), Color.web("#f87171"),
                    Color.web("#9ca3af"), Color.web("#c4b5fd")},
            new Color[] {Color.web("#818cf8"), Color.web("#2dd4bf"), Color.web("#fbbf24"), Color.web("#f472b6"),
                    Color.web("#a3e635"), Color.web("#38bdf8"), Color.web("#c084fc"), Color.web("#fb923c")},
            Color.web("#4ade80"), Color.web("#c084fc"), Color.web("#94a3b8"), Color.web("#ef4444"),
            Color.web("#a5b4fc"), Color.web("#f9fafb"));

    /** The colour of a status class ({@link TimelineModel#OK} …). */
    public Color status(byte colourClass) {
        return statuses[colourClass];
    }

    /** The colour of a cookie's n-th distinct value. */
    public Color value(int n) {
        return values[Math.floorMod(n, values.length)];
    }
}

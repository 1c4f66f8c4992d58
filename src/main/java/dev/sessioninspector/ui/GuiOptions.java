package dev.sessioninspector.ui;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code gui} was asked for; target null means "start the demo shop".
 *
 * @param demoHttps     start the built-in demo shop over HTTPS (its own certificate, trusted by the WebView for
 *                      the shop's origin only), so the Hardened profile's Secure and {@code __Host-} cookies work
 * @param profile       the demo shop's profile, {@code weak} or {@code hardened}
 * @param reportDir     {@code --report}: write the reports {@code scan} writes from the app's final state, then
 *                      exit; null for not
 * @param reportFormats {@code --format}: report formats (empty: json and html)
 */
public record GuiOptions(URI target, Path db, boolean autopilot, Path screenshot, boolean demoHttps, String profile,
        Path reportDir, List<String> reportFormats) {
    public GuiOptions {
        profile = profile == null ? "weak" : profile;
        reportFormats = List.copyOf(Objects.requireNonNull(reportFormats, "reportFormats"));
    }

    /** The options without a profile or reports. */
    public GuiOptions(URI target, Path db, boolean autopilot, Path screenshot, boolean demoHttps) {
        this(target, db, autopilot, screenshot, demoHttps, "weak", null, List.of());
    }

    /** The options without {@code --demo-https} (the demo shop runs on plain HTTP). */
    public GuiOptions(URI target, Path db, boolean autopilot, Path screenshot) {
        this(target, db, autopilot, screenshot, false);
    }
}

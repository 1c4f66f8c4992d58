package dev.sessioninspector.ui;

import java.net.URI;
import java.nio.file.Path;

/**
 * What {@code gui} was asked for; target null means "start the demo shop".
 *
 * @param demoHttps start the built-in demo shop over HTTPS (its own certificate, trusted by the WebView for
 *                  the shop's origin only), so the Hardened profile's Secure and {@code __Host-} cookies work
 */
public record GuiOptions(URI target, Path db, boolean autopilot, Path screenshot, boolean demoHttps) {
    /** The options without {@code --demo-https} (the demo shop runs on plain HTTP). */
    public GuiOptions(URI target, Path db, boolean autopilot, Path screenshot) {
        this(target, db, autopilot, screenshot, false);
    }
}

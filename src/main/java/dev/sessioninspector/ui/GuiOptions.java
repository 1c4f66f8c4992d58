package dev.sessioninspector.ui;

import java.net.URI;
import java.nio.file.Path;

/** What {@code gui} was asked for; target null means "start the demo shop". */
public record GuiOptions(URI target, Path db, boolean autopilot, Path screenshot) {
}

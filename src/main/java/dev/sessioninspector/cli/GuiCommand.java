package dev.sessioninspector.cli;

import dev.sessioninspector.ui.GuiLauncher;
import dev.sessioninspector.ui.GuiOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gui}: the inspector window; without {@code --target} it starts and opens the demo shop. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Opens the inspector window (the default command).")
final class GuiCommand implements Callable<Integer> {
    @Option(names = "--target", paramLabel = "URL",
            description = "Site to open; without it the built-in demo shop starts on a free loopback port.")
    URI target;

    @Option(names = "--db", paramLabel = "FILE", description = "Project file (SQLite) to record into.")
    Path db;

    @Option(names = "--autopilot", description = "Play sign-in, shopping and sign-out in the browser, then show the results.")
    boolean autopilot;

    @Option(names = "--screenshot", paramLabel = "PNG", description = "Save the window as PNG once the results are on screen, then exit.")
    Path screenshot;

    @Option(names = "--demo-https", description = "Start the built-in demo shop over HTTPS (its own certificate,"
            + " trusted for the shop's address only), so the Hardened profile can sign in.")
    boolean demoHttps;

    @Override
    public Integer call() {
        if (demoHttps && target != null) {
            throw new InputException("--demo-https applies to the built-in demo shop: leave out --target");
        }
        if (target != null && (target.getScheme() == null
                || !target.getScheme().matches("(?i)https?") || target.getHost() == null)) {
            throw new InputException("--target must be an http(s) URL with a host, not '" + target + "'");
        }
        return GuiLauncher.launch(new GuiOptions(target, db, autopilot, screenshot, demoHttps));
    }
}

package dev.sessioninspector.cli;

import dev.sessioninspector.ui.GuiLauncher;
import dev.sessioninspector.ui.GuiOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--profile", paramLabel = "weak|hardened", defaultValue = "weak",
            description = "The built-in demo shop's profile (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Write the reports scan writes, from the app's final state, into DIR, then exit"
                    + " (with --autopilot: once it has concluded; else when the window closes).")
    Path report;

    @Option(names = "--format", paramLabel = "F", split = ",",
            description = "With --report: report format(s): json, html, md, sarif, junit (default: json, html).")
    List<String> formats = new ArrayList<>();

    @Override
    public Integer call() {
        GuiLauncher.launch(options());
        return ExitCodes.OK;
    }

    /** The options as given (picocli's defaults where none was), checked; one line for what is refused. */
    GuiOptions options() {
        String shopProfile = profile.toLowerCase(Locale.ROOT);
        if (!shopProfile.equals("weak") && !shopProfile.equals("hardened")) {
            throw new InputException("--profile must be weak or hardened, not '" + profile + "'");
        }
        if (target != null && !shopProfile.equals("weak")) {
            throw new InputException("--profile applies to the built-in demo shop: leave out --target");
        }
        if (report == null && !formats.isEmpty()) {
            throw new InputException("--format needs --report");
        }
        List<String> checkedFormats = ReportArguments.formats(formats);
        ReportArguments.checkOut(report);
        if (demoHttps && target != null) {
            throw new InputException("--demo-https applies to the built-in demo shop: leave out --target");
        }
        if (target != null && (target.getScheme() == null
                || !target.getScheme().matches("(?i)https?") || target.getHost() == null)) {
            throw new InputException("--target must be an http(s) URL with a host, not '" + target + "'");
        }
        return new GuiOptions(target, db, autopilot, screenshot, demoHttps, shopProfile, report, checkedFormats);
    }
}

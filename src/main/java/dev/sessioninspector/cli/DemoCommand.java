package dev.sessioninspector.cli;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demo}: the demo shop alone, until Ctrl-C. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the built-in demo tea shop on loopback until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: a free one).")
    int port;

    @Option(names = "--profile", paramLabel = "weak|hardened", defaultValue = "weak",
            description = "weak: every session weakness on; hardened: every one off (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--https", description = "Serve over HTTPS with the bundled self-signed demo certificate.")
    boolean https;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new InputException("--port must be between 0 and 65535, not " + port);
        }
        ShopSettings settings;
        try {
            settings = ShopSettings.profile(profile);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        if (https) {
            settings = settings.withHttps(true);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (DemoShop shop = DemoShop.start(port, settings)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "demo-shutdown"));
            spec.commandLine().getOut().println("Demo shop (" + profile + ") at " + shop.baseUri()
                    + " - sign in as " + DemoShop.DEMO_USERNAME + " / " + DemoShop.DEMO_PASSWORD
                    + " (or bob / builder). Ctrl-C stops it.");
            if (settings.https()) {
                spec.commandLine().getOut().println("HTTPS uses the bundled self-signed demo certificate: browsers"
                        + " will warn; Session Inspector trusts it for the demo shop only.");
            }
            spec.commandLine().getOut().flush();
            stopped.await();
        }
        return ExitCodes.OK;
    }
}

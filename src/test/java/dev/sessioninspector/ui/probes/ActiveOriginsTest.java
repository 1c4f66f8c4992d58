package dev.sessioninspector.ui.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActiveOriginsTest {
    private final Preferences node = Preferences.userRoot().node("dev/sessioninspector/test-active-" + System.nanoTime());
    private final ActiveOrigins origins = new ActiveOrigins(node);

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void offUntilTickedThenRememberedForTheWholeOriginOnly() {
        URI page = URI.create("https://shop.example.com/account?x=1");
        assertThat(origins.enabled(page)).isFalse();
        origins.set(page, true);
        assertThat(origins.enabled(URI.create("https://SHOP.example.com:443/other"))).isTrue();
        assertThat(new ActiveOrigins(node).enabled(URI.create("https://shop.example.com/"))).as("remembered").isTrue();
        assertThat(origins.enabled(URI.create("http://shop.example.com/"))).as("another scheme").isFalse();
        assertThat(origins.enabled(URI.create("https://shop.example.com:8443/"))).as("another port").isFalse();
        assertThat(origins.enabled(URI.create("https://evil.example.com/"))).as("another host").isFalse();
        origins.set(page, false);
        assertThat(origins.enabled(page)).isFalse();
    }

    @Test
    void pagesWithoutAHostAndVeryLongOriginsAreHandled() {
        origins.set(URI.create("about:blank"), true);
        assertThat(origins.enabled(URI.create("about:blank"))).isFalse();
        assertThat(origins.enabled(null)).isFalse();
        URI longHost = URI.create("https://" + "a".repeat(60) + "." + "b".repeat(60) + ".example/");
        assertThat(ActiveOrigins.key(longHost)).hasSize(64);
        origins.set(longHost, true);
        assertThat(origins.enabled(longHost)).isTrue();
    }
}

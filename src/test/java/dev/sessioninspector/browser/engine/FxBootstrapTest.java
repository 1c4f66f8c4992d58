package dev.sessioninspector.browser.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FxBootstrapTest {
    @Test
    void linuxWithoutDisplayVariablesHasNoDisplay() {
        assertThat(FxBootstrap.displayAvailable(Map.of(), "Linux")).isFalse();
        assertThat(FxBootstrap.displayAvailable(Map.of("DISPLAY", " "), "Linux")).isFalse();
    }

    @Test
    void x11OrWaylandCountsAsADisplay() {
        assertThat(FxBootstrap.displayAvailable(Map.of("DISPLAY", ":0"), "Linux")).isTrue();
        assertThat(FxBootstrap.displayAvailable(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux")).isTrue();
    }

    @Test
    void windowsAndMacAlwaysHaveOne() {
        assertThat(FxBootstrap.displayAvailable(Map.of(), "Windows 10")).isTrue();
        assertThat(FxBootstrap.displayAvailable(Map.of(), "Mac OS X")).isTrue();
    }

    @Test
    void prepareSetsWhatCaptureNeedsAndKeepsExplicitPlatformFlags() {
        FxBootstrap.prepare();
        assertThat(System.getProperty("com.sun.webkit.useHTTP2Loader")).isEqualTo("false");
        assertThat(System.getProperty("sun.net.http.allowRestrictedHeaders")).isEqualTo("true");
        // surefire passes -Dglass.platform=Monocle; prepare() must not have replaced it
        assertThat(System.getProperty("glass.platform")).isEqualTo("Monocle");
        assertThat(FxBootstrap.headless()).isTrue();
    }
}

package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieHandler;
import org.junit.jupiter.api.Test;

/** No install() call here: the auto-registered extension must have done it. */
class HooksInstalledEverywhereTest {
    @Test
    void everyTestRunsWithTheHooksInstalled() {
        assertThat(CaptureHooks.installed()).isTrue();
        assertThat(System.getProperty(CaptureHooks.HTTP2_LOADER_PROPERTY)).isEqualTo("false");
        assertThat(CookieHandler.getDefault()).isInstanceOf(CaptureCookieHandler.class);
        assertThat(((CaptureCookieHandler) CookieHandler.getDefault()).delegate().getClass().getName())
                .isEqualTo(FxCookieManager.FX_CLASS);
    }
}

package dev.sessioninspector.capture;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs the capture hooks before any test class runs (registered for every test through
 * {@code META-INF/services} and {@code junit.jupiter.extensions.autodetection.enabled}). Surefire runs all
 * test classes in one JVM and WebView picks its loader at its first load, so a test that starts JavaFX
 * before {@link CaptureHooks#install()} would leave every later capture test blind. With the hooks
 * installed and nothing attached, connections only pass through.
 */
public final class CaptureHooksExtension implements BeforeAllCallback {
    public CaptureHooksExtension() {
        CaptureHooks.install();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        CaptureHooks.install();
    }
}

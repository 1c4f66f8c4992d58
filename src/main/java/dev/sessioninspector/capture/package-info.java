/**
 * Records what the embedded WebView sends and receives, in the same JVM: a {@link java.net.URLStreamHandler}
 * wrapper sees every HTTP(S) exchange and a {@link java.net.CookieHandler} wrapper sees every cookie the
 * browser sends and stores (HttpOnly included, and {@code document.cookie} writes). Everything goes to a
 * {@link dev.sessioninspector.model.RecordingSink}. No JavaFX types here: the hooks are plain JDK APIs, and
 * JavaFX's own cookie manager is reached by reflection. Entry point: {@link dev.sessioninspector.capture.CaptureHooks}.
 */
package dev.sessioninspector.capture;

package dev.sessioninspector.testkit;

import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.capture.CaptureSession;
import dev.sessioninspector.capture.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The base of a test that records a loopback site through the capture hooks: the sink, the site and the capture
 * session, both closed after each test. A test that browses with a WebView also starts JavaFX ({@link Fx#start()})
 * in its own {@code @BeforeAll}.
 */
public abstract class CaptureTestCase {
    protected final MemorySink sink = new MemorySink();
    protected TestServer server;
    protected CaptureSession session;

    @BeforeAll
    static void installCaptureHooks() {
        CaptureHooks.install();
    }

    @AfterEach
    void closeSessionAndSite() {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
    }
}

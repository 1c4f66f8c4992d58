package dev.sessioninspector.ui.autopilot;

import dev.sessioninspector.browser.FxRunner;
import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.capture.CaptureSession;
import dev.sessioninspector.capture.CaptureSettings;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.inspect.MemoryRecording;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Records the WebView through the capture hooks into memory: what the autopilot uses when the window has
 * no project to record into. Stopping drains the capture on a background thread.
 */
public final class CaptureRecorder implements AutopilotRecorder {
    private final Clock clock;
    private MemoryRecording sink;
    private CaptureSession session;

    public CaptureRecorder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void start(URI target) {
        if (!CaptureHooks.installed()) {
            throw new IllegalStateException("the capture hooks are not installed (FxBootstrap.prepare() first)");
        }
        sink = new MemoryRecording(new Recording(1, "Autopilot on " + target.getAuthority(), target,
                clock.instant(), null));
        session = CaptureHooks.attach(sink, CaptureSettings.defaults().withClock(clock));
    }

    @Override
    public void stop(Consumer<RecordingData> done) {
        CaptureSession s = session;
        MemoryRecording m = sink;
        if (s == null) {
            throw new IllegalStateException("not recording");
        }
        session = null;
        Thread t = new Thread(() -> {
            s.close();
            RecordingData d = m.data();
            RecordingData ended = new RecordingData(d.recording().endedAt(clock.instant()), d.exchanges(),
                    d.cookieEvents(), d.markers(), d.storage());
            FxRunner.PLATFORM.run(() -> done.accept(ended));
        }, "autopilot-stop");
        t.setDaemon(true);
        t.start();
    }

    /** Exchanges recorded so far (any thread). */
    public int exchanges() {
        MemoryRecording m = sink;
        return m == null ? 0 : m.exchangeCount();
    }
}

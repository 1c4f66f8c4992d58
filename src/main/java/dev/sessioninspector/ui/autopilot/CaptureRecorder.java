package dev.sessioninspector.ui.autopilot;

import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.capture.CaptureSession;
import dev.sessioninspector.capture.CaptureSettings;
import dev.sessioninspector.inspect.MemoryRecording;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.RecordingWriter;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Records the WebView through the capture hooks for the autopilot: into a new recording of the window's project,
 * or into memory when it has none. Stopping drains the capture on a background thread.
 */
public final class CaptureRecorder implements AutopilotRecorder {
    private final Clock clock;
    private final Project project;
    private MemoryRecording sink;
    private RecordingWriter writer;
    private CaptureSession session;

    /** Records into memory. */
    public CaptureRecorder(Clock clock) {
        this(clock, null);
    }

    private CaptureRecorder(Clock clock, Project project) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.project = project;
    }

    /** Records into a new recording of {@code project}, so its verdicts are kept there too. */
    public static CaptureRecorder into(Project project, Clock clock) {
        return new CaptureRecorder(clock, Objects.requireNonNull(project, "project"));
    }

    @Override
    public void start(URI target) {
        if (!CaptureHooks.installed()) {
            throw new IllegalStateException("the capture hooks are not installed (FxBootstrap.prepare() first)");
        }
        String name = "Autopilot on " + target.getAuthority();
        if (project != null) {
            writer = project.writer(project.createRecording(name, target));
            session = CaptureHooks.attach(writer, CaptureSettings.defaults().withClock(clock));
            session.recordJar(target);
            return;
        }
        sink = new MemoryRecording(new Recording(1, name, target, clock.instant(), null));
        session = CaptureHooks.attach(sink, CaptureSettings.defaults().withClock(clock));
        session.recordJar(target);
    }

    @Override
    public void stop(Consumer<RecordingData> done) {
        CaptureSession s = session;
        MemoryRecording m = sink;
        RecordingWriter w = writer;
        if (s == null) {
            throw new IllegalStateException("not recording");
        }
        session = null;
        Thread t = new Thread(() -> {
            s.close();
            RecordingData ended;
            if (w != null) {
                w.close();
                ended = project.load(w.recording().id());
            } else {
                RecordingData d = m.data();
                ended = new RecordingData(d.recording().endedAt(clock.instant()), d.exchanges(),
                        d.cookieEvents(), d.markers(), d.storage());
            }
            FxRunner.PLATFORM.run(() -> done.accept(ended));
        }, "autopilot-stop");
        t.setDaemon(true);
        t.start();
    }

    /** Exchanges recorded so far (any thread). */
    public int exchanges() {
        MemoryRecording m = sink;
        RecordingWriter w = writer;
        return m != null ? m.exchangeCount() : w == null ? 0 : (int) w.counts().exchanges();
    }
}

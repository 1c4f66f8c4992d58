package dev.sessioninspector.browser.flow;

import dev.sessioninspector.browser.engine.FxPlatform;
import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.capture.CaptureSession;
import dev.sessioninspector.capture.CaptureSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowContext;
import dev.sessioninspector.flow.FlowEngine;
import dev.sessioninspector.flow.FlowEngines;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowRun;
import dev.sessioninspector.flow.FlowRunException;
import dev.sessioninspector.flow.FlowStep;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;

/**
 * The {@code browser} flow engine: plays a flow in a headless WebView page with capture recording, so the
 * recording is what the GUI would record for the same clicks: every request the page makes (documents,
 * redirect hops, style sheets, scripts), the {@code Cookie} headers WebView sent, server and script cookie
 * changes, web-storage snapshots at each load and after each step, and, while the flow is signed in (from a
 * step marked login to one marked logout; the whole visit when no step is marked login), whenever the storage
 * changed (checked every {@link #STORAGE_CHECK}: a token a page keeps in storage only between two steps is
 * recorded), and the steps' login/logout marks.
 *
 * <p>Steps: {@code get} opens {@code baseUrl + path}; {@code post} (only from a page on the flow's origin)
 * submits a hidden form in a document the engine writes, which no page script can alter; a {@code fill} into
 * a password field refuses off the flow's origin;
 * {@code fill} sets a field's value and fires {@code input}/{@code change}; {@code click} calls the element's
 * {@code click()} and waits for the page load it starts, if one starts within {@value #SETTLE_MILLIS} ms;
 * {@code waitFor} polls until an element matches. Each step may take up to the step timeout (30 s by default).
 *
 * <p>A run starts with an empty cookie store ({@link CaptureHooks#resetCookies()}, as the http engine starts
 * with an empty jar) and attaches its own capture session, which closes any session attached before (a GUI
 * recording in the same JVM). For an https target with {@link FlowOptions#tls()}, that trust is given to the
 * flow's origin only, for the run ({@link CaptureHooks#trustForOrigin}). JavaFX is started headless when
 * nobody has started it and is never stopped. Call {@link #run} from any thread but the FX thread.
 */
public final class BrowserFlowEngine implements FlowEngine {
    public static final String NAME = FlowEngines.BROWSER;
    /** How often storage is checked for changes while the flow is signed in (between its steps' snapshots). */
    static final Duration STORAGE_CHECK = Duration.ofMillis(100);
    /** How long a click waits for a page load to begin before it counts as a click without navigation. */
    static final long SETTLE_MILLIS = 1000;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration FLUSH = Duration.ofSeconds(10);

    private final Duration stepTimeout;

    /** The engine with a 30 s limit per step. */
    public BrowserFlowEngine() {
        this(Duration.ofSeconds(30));
    }

    /** The engine with {@code stepTimeout} per step (page loads and {@code waitFor}). */
    public BrowserFlowEngine(Duration stepTimeout) {
        Objects.requireNonNull(stepTimeout, "stepTimeout");
        if (stepTimeout.isNegative() || stepTimeout.isZero()) {
            throw new IllegalArgumentException("the step timeout must be positive");
        }
        this.stepTimeout = stepTimeout;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Every step kind runs in a page; JSON bodies, headers and extracted values are the http engine's. */
    @Override
    public List<String> problems(Flow flow) {
        Objects.requireNonNull(flow, "flow");
        List<String> problems = new java.util.ArrayList<>();
        for (int i = 0; i < flow.steps().size(); i++) {
            for (String key : flow.steps().get(i).httpOnlyKeys()) {
                problems.add("step " + (i + 1) + ": \"" + key + "\" needs the http engine (--engine http)");
            }
        }
        return problems;
    }

    @Override
    public FlowRun run(Flow flow, FlowContext context) {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(context, "context");
        FxPlatform.ensureStarted();
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the browser engine waits for pages: do not run it on the FX thread");
        }
        Instant started = context.clock().instant();
        FlowOptions o = context.options();
        String trusted = trustFlowOrigin(flow, o);
        ObservingSink sink = new ObservingSink(context.sink());
        CaptureHooks.resetCookies();
        CaptureSession session = CaptureHooks.attach(sink, CaptureSettings.defaults().withClock(context.clock())
                .withMaxBodyBytes(o.bodyCap()).withMaskPasswords(!o.keepSecrets()));
        List<String> notes = new ArrayList<>();
        try (FlowPage page = FlowPage.open()) {
            StepRunner steps = new StepRunner(flow, page, session, sink, stepTimeout, Duration.ofMillis(SETTLE_MILLIS));
            boolean signsIn = flow.steps().stream().anyMatch(s -> s.mark().filter(Marker.Kind.LOGIN::equals).isPresent());
            page.watchStorage(!signsIn, STORAGE_CHECK); // no login mark: the whole visit may be signed in
            for (int i = 0; i < flow.steps().size(); i++) {
                int number = i + 1;
                FlowStep step = flow.steps().get(i);
                Instant stepStart = context.clock().instant();
                context.listener().stepStarted(number, step);
                String outcome = steps.run(number, step, stepStart, notes);
                page.snapshotStorage();
                if (step.mark().isPresent()) {
                    page.watchStorage(step.mark().get() == Marker.Kind.LOGIN, STORAGE_CHECK);
                }
                session.flush(FLUSH);
                step.mark().ifPresent(kind -> sink.marker(mark(sink, steps.settledPages(stepStart), number, step,
                        kind, stepStart)));
                context.listener().stepFinished(number, step, outcome);
            }
        } finally {
            session.close();
            if (trusted != null) {
                CaptureHooks.clearTrust(trusted);
            }
        }
        return new FlowRun(NAME, flow.steps().size(), started, context.clock().instant(), notes);
    }

    /** Gives the flow's https origin the options' trust for this run; returns the origin to clear after, or null. */
    private static String trustFlowOrigin(Flow flow, FlowOptions o) {
        if (o.tls() == null || !"https".equalsIgnoreCase(flow.baseUrl().getScheme())) {
            return null;
        }
        String origin = "https://" + flow.baseUrl().getHost().toLowerCase(Locale.ROOT)
                + (flow.baseUrl().getPort() == -1 ? "" : ":" + flow.baseUrl().getPort());
        if (CaptureHooks.trusts(origin)) {
            return null; // someone else (the GUI) trusts it already: leave their trust alone
        }
        CaptureHooks.trustForOrigin(origin, o.tls().getSocketFactory());
        return origin;
    }

    /**
     * The step's mark: at the start of the first page request the step made, naming it; for a step that made
     * none, at the step's start, naming the last exchange before it.
     */
    private static Marker mark(ObservingSink sink, List<ObservingSink.Seen> pages, int number, FlowStep step,
                               Marker.Kind kind, Instant stepStart) {
        String label = "step " + number + ": " + step.describe();
        Optional<ObservingSink.Seen> first = pages.stream().filter(p -> p.initiator() != Initiator.REDIRECT)
                .findFirst().or(() -> pages.stream().findFirst()).or(() -> sink.firstSince(stepStart));
        return first.map(s -> new Marker(0, 0, s.start(), kind, Marker.Source.FLOW, label, s.id()))
                .orElseGet(() -> new Marker(0, 0, stepStart, kind, Marker.Source.FLOW, label,
                        sink.lastBefore(stepStart).map(ObservingSink.Seen::id).orElse(null)));
    }

    /** Thrown text for a run stopped by a failed step; exposed for the step runner. */
    static FlowRunException stepError(int number, FlowStep step, String why) {
        return new FlowRunException("step " + number + " (" + step.describe() + "): " + why, number, false);
    }
}

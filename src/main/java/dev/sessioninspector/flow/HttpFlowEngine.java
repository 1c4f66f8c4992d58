package dev.sessioninspector.flow;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.probe.http.HttpRequestSpec;
import dev.sessioninspector.probe.http.HttpResult;
import dev.sessioninspector.probe.http.RecordingHttpClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code http} engine: sends each {@code get} and {@code post} itself through the probe package's
 * {@link RecordingHttpClient}, with one cookie jar for the whole run, following redirects only within the
 * flow's origin (each hop its own exchange). Secret form fields are recorded masked unless
 * {@link FlowOptions#keepSecrets()}. It cannot run {@code fill}, {@code click} or {@code waitFor}.
 */
public final class HttpFlowEngine implements FlowEngine {
    public static final String NAME = "http";
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(Flow flow) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < flow.steps().size(); i++) {
            FlowStep s = flow.steps().get(i);
            if (s.needsBrowser()) {
                problems.add("step " + (i + 1) + ": \"" + s.action() + "\" needs the browser engine (--engine browser)");
            }
        }
        return problems;
    }

    @Override
    public FlowRun run(Flow flow, FlowContext context) {
        List<String> problems = problems(flow);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        Instant started = context.clock().instant();
        List<String> notes = new ArrayList<>();
        FlowOptions o = context.options();
        RecordingHttpClient.Builder builder = RecordingHttpClient.builder(context.sink())
                .clock(context.clock())
                .bodyCap(o.bodyCap())
                .timeouts(o.connectTimeout(), o.readTimeout())
                .followRedirectsTo(RecordingHttpClient.sameOriginAs(flow.baseUrl()));
        if (o.tls() != null) {
            builder.tls(o.tls().getSocketFactory(), o.trustManager());
        }
        try (RecordingHttpClient client = builder.build()) {
            for (int i = 0; i < flow.steps().size(); i++) {
                int number = i + 1;
                FlowStep step = flow.steps().get(i);
                context.listener().stepStarted(number, step);
                HttpResult result = client.send(request(flow, step, o.keepSecrets()));
                if (result.failed()) {
                    Exchange last = result.last();
                    throw new FlowRunException("target unreachable at step " + number + " (" + last.method() + " "
                            + last.url() + "): " + last.error(), number, true);
                }
                Exchange first = result.first();
                step.mark().ifPresent(kind -> context.sink().marker(new Marker(0, 0, first.start(), kind,
                        Marker.Source.FLOW, "step " + number + ": " + step.describe(), first.id())));
                if (result.unfollowed() != null) {
                    notes.add("step " + number + ": redirect to " + result.unfollowed() + " not followed ("
                            + result.unfollowedReason() + ")");
                }
                context.listener().stepFinished(number, step, outcome(result));
            }
        }
        return new FlowRun(NAME, flow.steps().size(), started, context.clock().instant(), notes);
    }

    private static HttpRequestSpec request(Flow flow, FlowStep step, boolean keepSecrets) {
        if (step instanceof FlowStep.Get get) {
            return new HttpRequestSpec("GET", flow.resolve(get.path()), Headers.of("Accept", ACCEPT), null, null, null,
                    Initiator.FLOW);
        }
        if (step instanceof FlowStep.Post post) {
            byte[] body = FormEncoding.encode(post.form()).getBytes(StandardCharsets.UTF_8);
            byte[] recorded = FormEncoding.encodeForRecording(post.form(), keepSecrets).getBytes(StandardCharsets.UTF_8);
            return new HttpRequestSpec("POST", flow.resolve(post.path()),
                    Headers.of("Accept", ACCEPT, "Origin", originHeader(flow.baseUrl())), body,
                    FormEncoding.CONTENT_TYPE, recorded, Initiator.FLOW);
        }
        throw new IllegalArgumentException("\"" + step.action() + "\" needs the browser engine");
    }

    /** The Origin header a browser sends: scheme and host, and the port only when it is not the default. */
    static String originHeader(URI base) {
        return base.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + base.getHost()
                + (base.getPort() == -1 ? "" : ":" + base.getPort());
    }

    private static String outcome(HttpResult r) {
        return r.hops().stream().map(e -> String.valueOf(e.status())).collect(Collectors.joining(" -> "))
                + " " + r.last().url().getRawPath();
    }
}

package dev.sessioninspector.flow;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.probe.ScriptValues;
import dev.sessioninspector.probe.ScriptedRequest;
import dev.sessioninspector.probe.http.HttpResult;
import dev.sessioninspector.probe.http.RecordingHttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code http} engine: sends each {@code get} and {@code post} itself through the probe package's
 * {@link RecordingHttpClient}, with one cookie jar for the whole run, following redirects only within the
 * flow's origin (each hop its own exchange). A step may send JSON and headers, and take values from its response
 * ({@code extract}) that later steps use as {@code ${name}}; a value that is not there stops the run. Secret form
 * and JSON fields are recorded masked unless {@link FlowOptions#keepSecrets()}. It cannot run {@code fill}, {@code click} or {@code waitFor}.
 */
public final class HttpFlowEngine implements FlowEngine {
    public static final String NAME = "http";

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
        Map<String, String> values = new LinkedHashMap<>();
        try (RecordingHttpClient client = builder.build()) {
            for (int i = 0; i < flow.steps().size(); i++) {
                int number = i + 1;
                FlowStep step = flow.steps().get(i);
                context.listener().stepStarted(number, step);
                ScriptedRequest request = flow.request(step);
                HttpResult result = client.send(request.spec(values, o.keepSecrets(), Initiator.FLOW));
                if (result.failed()) {
                    Exchange last = result.last();
                    throw new FlowRunException("target unreachable at step " + number + " (" + last.method() + " "
                            + last.url() + "): " + last.error(), number, true);
                }
                if (!step.extract().isEmpty()) {
                    ScriptValues.Extracted x = ScriptValues.extract(step.extract(), result.last());
                    if (x.problem() != null) {
                        throw new FlowRunException("step " + number + " (" + step.describe() + "): " + x.problem(),
                                number, false);
                    }
                    values.putAll(x.values());
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

    private static String outcome(HttpResult r) {
        return r.hops().stream().map(e -> String.valueOf(e.status())).collect(Collectors.joining(" -> "))
                + " " + r.last().url().getRawPath();
    }
}

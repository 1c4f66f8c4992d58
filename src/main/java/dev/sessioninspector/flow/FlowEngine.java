package dev.sessioninspector.flow;

import java.util.List;

/**
 * Plays a {@link Flow} against its site, recording every exchange, cookie change and mark into
 * {@link FlowContext#sink()}. Engines: {@code http} ({@link HttpFlowEngine}) sends the requests itself;
 * {@code browser} (package {@code browser}) drives the embedded WebView, whose capture records the traffic.
 * An engine registers through {@link java.util.ServiceLoader} ({@code META-INF/services/
 * dev.sessioninspector.flow.FlowEngine}, public no-argument constructor) and is found by {@link FlowEngines}.
 *
 * <p>For each step with a {@code mark}, an engine records a {@code Marker} of that kind, source {@code FLOW},
 * label {@code "step N: <describe>"}, time = the start of the step's first request, exchange = that request.
 */
public interface FlowEngine {
    /** The engine's name on the command line: {@code http}, {@code browser}. */
    String name();

    /**
     * Why this engine cannot run {@code flow}, one line per problem naming the step (e.g.
     * {@code step 4: "click" needs the browser engine}); empty when it can. Checked before anything is sent.
     */
    List<String> problems(Flow flow);

    /**
     * Runs every step in order. Throws {@link FlowRunException} when the site cannot be reached or a step
     * cannot run; everything recorded before stays in the sink. Blocks until done; not on the FX thread.
     */
    FlowRun run(Flow flow, FlowContext context);
}

package dev.sessioninspector.browser.flow;

import dev.sessioninspector.capture.CaptureSession;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowRunException;
import dev.sessioninspector.flow.FlowStep;
import dev.sessioninspector.model.Origins;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs one flow step in the engine's page and says what came back (e.g. {@code "302 -> 200 /account"}), or
 * throws a {@link FlowRunException} naming the step: unreachable when a page load got no response, a plain
 * step error when an element is missing or never appears.
 */
final class StepRunner {
    private final Flow flow;
    private final FlowPage page;
    private final CaptureSession session;
    private final ObservingSink sink;
    private final Duration timeout;
    private final Duration settle;

    StepRunner(Flow flow, FlowPage page, CaptureSession session, ObservingSink sink, Duration timeout,
               Duration settle) {
        this.flow = flow;
        this.page = page;
        this.session = session;
        this.sink = sink;
        this.timeout = timeout;
        this.settle = settle;
    }

    String run(int number, FlowStep step, Instant stepStart, List<String> notes) {
        if (step instanceof FlowStep.Get get) {
            URI url = flow.resolve(get.path());
            return loaded(number, step, "GET " + url, page.load(url.toString(), timeout), stepStart, notes);
        }
        if (step instanceof FlowStep.Post post) {
            URI url = flow.resolve(post.path());
            requireFlowOrigin(number, step, page.location());
            // The form lives in a document the engine writes (no page script runs there), never in the
            // current page, whose script could replace submit() or the form's action.
            page.loadDetached(PageScripts.postPage(url.toString(), post.form()));
            return scripted(number, step, "POST " + url, PageScripts.SUBMIT_DETACHED, true, stepStart, notes);
        }
        if (step instanceof FlowStep.Fill fill) {
            String where = page.location();
            if (!onFlowOrigin(where) && PageScripts.OK.equals(page.script(PageScripts.isPassword(fill.selector())))) {
                requireFlowOrigin(number, step, where);
            }
            String answer = page.script(PageScripts.fill(fill.selector(), fill.value(),
                    Origins.of(flow.baseUrl())));
            if (answer != null && answer.startsWith(PageScripts.FOREIGN)) {
                throw refusal(number, step, answer.substring(PageScripts.FOREIGN.length()));
            }
            requireOk(number, step, fill.selector(), answer);
            return "filled";
        }
        if (step instanceof FlowStep.Click click) {
            return scripted(number, step, step.describe(), PageScripts.click(click.selector()), false, stepStart,
                    notes);
        }
        if (step instanceof FlowStep.WaitFor wait) {
            return waitFor(number, step, wait.selector());
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    /** Refuses the step (one line) unless {@code location} is on the flow's origin. */
    private void requireFlowOrigin(int number, FlowStep step, String location) {
        if (!onFlowOrigin(location)) {
            throw refusal(number, step, location == null || location.isBlank() ? "no page" : originOf(location));
        }
    }

    private FlowRunException refusal(int number, FlowStep step, String current) {
        return BrowserFlowEngine.stepError(number, step, "refused: the current page is on " + current
                + ", not on the flow's origin " + Origins.of(flow.baseUrl()) + " (no form or password is sent"
                + " from another origin)");
    }

    private boolean onFlowOrigin(String location) {
        try {
            URI at = location == null ? null : URI.create(location);
            return at != null && at.getHost() != null && at.getScheme() != null && Origins.same(at, flow.baseUrl());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String originOf(String location) {
        try {
            URI at = URI.create(location);
            return at.getHost() == null ? location : Origins.of(at);
        } catch (IllegalArgumentException e) {
            return location;
        }
    }

    private String scripted(int number, FlowStep step, String request, String script, boolean loadExpected,
                            Instant stepStart, List<String> notes) {
        String[] answer = new String[1];
        FlowPage.Load load = page.runThenAwait(script, loadExpected, settle, timeout, answer);
        if (load == null) {
            requireOk(number, step, step instanceof FlowStep.Click c ? c.selector() : "the form", answer[0]);
        }
        return loaded(number, step, request, load, stepStart, notes);
    }

    private String loaded(int number, FlowStep step, String request, FlowPage.Load load, Instant stepStart,
                          List<String> notes) {
        List<ObservingSink.Seen> pages = settledPages(stepStart);
        switch (load.ending()) {
            case SUCCEEDED -> {
                return outcome(pages, load.location());
            }
            case NO_LOAD -> {
                return "no page load";
            }
            case CANCELLED -> {
                notes.add("step " + number + ": the page load was cancelled (" + load.location() + ")");
                return pages.isEmpty() ? "cancelled" : outcome(pages, load.location()) + " (cancelled)";
            }
            case TIMED_OUT -> throw new FlowRunException("target unreachable at step " + number + " (" + request
                    + "): no complete page in " + seconds(timeout), number, true);
            case FAILED -> {
                ObservingSink.Seen failed = pages.stream().filter(s -> s.status() == 0).reduce((a, b) -> b)
                        .orElse(null);
                String where = failed == null ? request : failed.method() + " " + failed.url();
                String why = failed != null && failed.error() != null ? failed.error() : load.failure();
                throw new FlowRunException("target unreachable at step " + number + " (" + where + "): " + why,
                        number, true);
            }
            default -> throw new IllegalStateException("unexpected " + load.ending());
        }
    }

    /**
     * The page requests since {@code stepStart}, once the step's own first request is among them. WebView
     * starts a redirect's next hop while the 3xx connection may still be open, so the page can be loaded
     * before the first hop is recorded: wait (up to 5 s) while only redirect hops are there.
     */
    List<ObservingSink.Seen> settledPages(Instant stepStart) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            session.flush(Duration.ofSeconds(10));
            List<ObservingSink.Seen> pages = sink.pagesSince(stepStart);
            boolean onlyHops = !pages.isEmpty()
                    && pages.stream().allMatch(p -> p.initiator() == dev.sessioninspector.model.Initiator.REDIRECT);
            if (!onlyHops || System.nanoTime() > deadline) {
                return pages;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return pages;
            }
        }
    }

    private String waitFor(int number, FlowStep step, String selector) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String answer = page.script(PageScripts.exists(selector));
            if (PageScripts.OK.equals(answer)) {
                return "found";
            }
            if (!PageScripts.MISSING.equals(answer)) {
                requireOk(number, step, selector, answer);
            }
            if (System.nanoTime() > deadline) {
                throw BrowserFlowEngine.stepError(number, step, "nothing matched " + selector + " within "
                        + seconds(timeout) + " on " + page.location());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw BrowserFlowEngine.stepError(number, step, "interrupted");
            }
        }
    }

    private void requireOk(int number, FlowStep step, String selector, String answer) {
        if (PageScripts.OK.equals(answer)) {
            return;
        }
        if (PageScripts.MISSING.equals(answer)) {
            throw BrowserFlowEngine.stepError(number, step, "no element matches " + selector + " on "
                    + page.location());
        }
        if (answer != null && answer.startsWith(PageScripts.INVALID)) {
            throw BrowserFlowEngine.stepError(number, step, "not a valid CSS selector: " + selector + " ("
                    + answer.substring(PageScripts.INVALID.length()) + ")");
        }
        throw BrowserFlowEngine.stepError(number, step, "the page script failed: " + answer);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String outcome(List<ObservingSink.Seen> pages, String location) {
        String path = location == null ? "" : pathOf(location);
        if (pages.isEmpty()) {
            return "loaded " + path;
        }
        return pages.stream().map(s -> String.valueOf(s.status())).collect(Collectors.joining(" -> ")) + " " + path;
    }

    private static String pathOf(String location) {
        try {
            String p = URI.create(location).getRawPath();
            return p == null || p.isEmpty() ? location : p;
        } catch (IllegalArgumentException e) {
            return location;
        }
    }
}

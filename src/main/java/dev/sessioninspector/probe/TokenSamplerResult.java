package dev.sessioninspector.probe;

import dev.sessioninspector.model.TokenSample;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a sampling run collected.
 *
 * @param tokens       distinct tokens in the order they were first received
 * @param requests     responses received
 * @param repeats      responses that set a token already seen
 * @param withoutToken responses without the cookie
 * @param stopReason   why sampling ended
 * @param message      one line for the user about how it ended
 * @param elapsed      wall time of the run
 */
public record TokenSamplerResult(List<String> tokens, int requests, int repeats, int withoutToken,
        StopReason stopReason, String message, Duration elapsed) {
    /** Why sampling ended. */
    public enum StopReason {
        /** The wanted number of distinct tokens was reached. */
        COUNT_REACHED,
        /** {@link TokenSampler#stop()} was called (Ctrl-C). */
        STOPPED,
        /** Many responses in a row brought no new token. */
        SERVER_STOPPED_ISSUING,
        /** The tokens so far already showed the generator behind them ({@link GeneratorCheck}). */
        GENERATOR_FOUND,
        /** Requests kept failing after tokens had been collected. */
        FAILED
    }

    public TokenSamplerResult {
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(elapsed, "elapsed");
        message = message == null ? "" : message;
    }

    /** The collected tokens as the model's {@link TokenSample} (for storing and reporting). */
    public TokenSample toTokenSample(String cookieName, String source, Instant collected) {
        return new TokenSample(cookieName, source, collected, tokens);
    }

    /** Distinct tokens per second over the run. */
    public double tokensPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? tokens.size() / seconds : 0;
    }
}

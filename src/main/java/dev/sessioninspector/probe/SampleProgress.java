package dev.sessioninspector.probe;

/**
 * A progress snapshot of a running sample.
 *
 * @param tokens          distinct tokens so far
 * @param wanted          distinct tokens asked for
 * @param requests        responses received
 * @param repeats         responses that set a token already seen
 * @param withoutToken    responses that set no such cookie
 * @param tokensPerSecond distinct tokens per second since the start
 */
public record SampleProgress(int tokens, int wanted, int requests, int repeats, int withoutToken,
        double tokensPerSecond) {
}

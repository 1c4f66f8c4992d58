package dev.sessioninspector.probe;

import java.io.IOException;

/**
 * Where one of the sampler's workers gets a token per round: one request ({@link RequestTokens}), or a whole
 * sign-in in a fresh cookie jar ({@link SignInTokens}). One source per worker; not shared between threads.
 */
interface TokenSource extends AutoCloseable {
    /** Waits for the rate limits before each request a round sends. */
    @FunctionalInterface
    interface Pace {
        void await() throws InterruptedException;
    }

    /**
     * One round: the token it brought, or null when the response carried none.
     *
     * @throws IOException when a request got no response
     */
    String next(Pace pace) throws IOException, InterruptedException;

    /** Cancels what is in flight (called from another thread by {@link TokenSampler#stop()}). */
    void cancel();

    @Override
    void close();
}

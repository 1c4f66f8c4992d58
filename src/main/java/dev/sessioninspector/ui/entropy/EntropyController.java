package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.analysis.Jwt;
import dev.sessioninspector.browser.engine.FxRunner;
import dev.sessioninspector.entropy.IssueWindow;
import dev.sessioninspector.entropy.TokenAnalysis;
import dev.sessioninspector.entropy.TokenAnalyzer;
import dev.sessioninspector.inspect.Sampler;
import dev.sessioninspector.model.TokenSample;
import dev.sessioninspector.probe.SampleProgress;
import dev.sessioninspector.probe.TokenSampler;
import dev.sessioninspector.probe.TokenSamplerConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs token analysis (on the given executor) and sampling (on its own thread) off the FX thread and hands results
 * over with {@link FxRunner}: analysis of a given token list or sample, or a sampling run through
 * {@link Sampler#collection} whose charts refresh every {@link #REFRESH_EVERY} tokens and whose cancel keeps what
 * was collected. Properties are read and changed on the FX thread only.
 */
public final class EntropyController {
    /** Tokens between live chart refreshes while sampling. */
    public static final int REFRESH_EVERY = 500;

    private final Executor background;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<TokenAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper collected = new ReadOnlyIntegerWrapper(this, "collected");
    private final List<Consumer<TokenSample>> sampleListeners = new ArrayList<>();
    private volatile Sampler.Collection collection;
    /** Cancel pressed while the configuration was still being made: the run stops as soon as it starts. */
    private volatile boolean cancelRequested;
    private List<String> lastTokens = List.of();

    /** {@code background} runs the analysis and the sampler (never the FX thread). */
    public EntropyController(Executor background, Clock clock) {
        this.background = Objects.requireNonNull(background, "background");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The latest analysis shown (null before the first). */
    public ReadOnlyObjectProperty<TokenAnalysis> analysis() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 while sampling, -1 (indeterminate) while analysing. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** One line about what happens or happened. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Distinct tokens the current or last sampler run collected. */
    public ReadOnlyIntegerProperty collected() {
        return collected.getReadOnlyProperty();
    }

    /** The tokens the last analysis was made of (FX thread). */
    public List<String> lastTokens() {
        return lastTokens;
    }

    /** Called on the FX thread with each finished sample (to feed the session-ID rules). */
    public void onSample(Consumer<TokenSample> listener) {
        sampleListeners.add(listener);
    }

    /** Shows {@code text} as the status line (FX thread). */
    public void say(String text) {
        message.set(text);
    }

    /** Analyses {@code tokens} in the background; {@code source} says where they came from. FX thread. */
    public void analyse(List<String> tokens, String source) {
        analyse(List.copyOf(tokens), null, source);
    }

    /** Analyses a sample in the background, knowing when it was taken (digests of the clock are searched). FX thread. */
    public void analyse(TokenSample sample, String source) {
        analyse(sample.tokens(), IssueWindow.endingAt(sample.collected()), source);
    }

    private void analyse(List<String> copy, IssueWindow window, String source) {
        if (running.get()) {
            return;
        }
        if (copy.stream().allMatch(String::isBlank)) {
            message.set("No tokens to analyse from " + source);
            return;
        }
        running.set(true);
        progress.set(-1);
        message.set("Analysing " + copy.size() + " tokens from " + source + " …");
        background.execute(() -> {
            try {
                TokenAnalysis a = TokenAnalyzer.analyze(copy, window, Jwt::members);
                FxRunner.PLATFORM.run(() -> {
                    show(a, copy);
                    finish("Analysed " + copy.size() + " tokens from " + source);
                });
            } catch (RuntimeException e) {
                FxRunner.PLATFORM.run(() -> finish("Analysis failed: " + e.getMessage()));
            }
        });
    }

    /**
     * Starts sampling in the background through {@link Sampler} (FX thread); the charts update every
     * {@link #REFRESH_EVERY} tokens; the finished sample is analysed knowing when it was issued (so a digest of the
     * clock is found) and handed to the {@link #onSample} listeners.
     */
    public void sample(TokenSamplerConfig config) {
        sample(config.describe(), () -> config);
    }

    /**
     * As {@link #sample(TokenSamplerConfig)}, the configuration made on the sampler's thread first ({@code what} says
     * what it will be meanwhile): a sign-in read from a flow file or from the recording is not read on the FX
     * thread. A choice it refuses ({@link IllegalArgumentException}, a bad flow file) ends the run with
     * "Cannot sample: …".
     */
    public void sample(String what, Callable<TokenSamplerConfig> configure) {
        if (running.get()) {
            return;
        }
        running.set(true);
        cancelRequested = false;
        progress.set(0);
        collected.set(0);
        message.set("Sampling: " + what + " …");
        List<String> tokens = new ArrayList<>();
        AtomicBoolean refreshing = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            TokenSamplerConfig config;
            try {
                config = configure.call();
            } catch (Exception | Error e) { // an Error too: uncaught, it left the Sample button dead until restart
                FxRunner.PLATFORM.run(() -> finish("Cannot sample: " + e.getMessage()));
                return;
            }
            Sampler.Collection run = Sampler.collection(config, clock);
            collection = run;
            if (cancelRequested) {
                run.stop();
            }
            FxRunner.PLATFORM.run(() -> message.set("Sampling: " + config.describe() + " …"));
            try {
                Sampler.Collected c = run.collect(new TokenSampler.Listener() {
                    @Override
                    public void onToken(String token, int index) {
                        List<String> snapshot = null;
                        synchronized (tokens) {
                            tokens.add(token);
                            if (tokens.size() % REFRESH_EVERY == 0 && refreshing.compareAndSet(false, true)) {
                                snapshot = List.copyOf(tokens);
                            }
                        }
                        if (snapshot != null) {
                            refresh(snapshot, refreshing);
                        }
                    }

                    @Override
                    public void onProgress(SampleProgress p) {
                        FxRunner.PLATFORM.run(() -> {
                            collected.set(p.tokens());
                            progress.set(p.wanted() == 0 ? 0 : Math.min(1, p.tokens() / (double) p.wanted()));
                            message.set(String.format(java.util.Locale.ROOT, "Sampling: %,d of %,d tokens, %.0f/s",
                                    p.tokens(), p.wanted(), p.tokensPerSecond()));
                        });
                    }
                });
                TokenSample sample = c.sample();
                TokenAnalysis a = sample.tokens().isEmpty() ? null
                        : TokenAnalyzer.analyze(sample.tokens(), IssueWindow.endingAt(sample.collected()), Jwt::members);
                FxRunner.PLATFORM.run(() -> {
                    collection = null;
                    collected.set(sample.size());
                    if (a != null) {
                        show(a, sample.tokens());
                        sampleListeners.forEach(l -> l.accept(sample));
                    }
                    finish("Sampled " + sample.size() + " tokens: " + c.result().message());
                });
            } catch (Exception | Error e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                FxRunner.PLATFORM.run(() -> {
                    collection = null;
                    finish("Sampling failed: " + (e.getMessage() == null ? e : e.getMessage()));
                });
            }
        }, "entropy-sampler");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops a running sampler; what it collected is kept and analysed. */
    public void cancel() {
        cancelRequested = running.get();
        Sampler.Collection c = collection;
        if (c != null) {
            message.set("Stopping; the tokens collected so far are kept …");
            c.stop();
        }
    }

    private void refresh(List<String> snapshot, AtomicBoolean refreshing) {
        background.execute(() -> {
            try {
                TokenAnalysis a = TokenAnalyzer.analyze(snapshot, null, Jwt::members);
                FxRunner.PLATFORM.run(() -> {
                    if (running.get()) {
                        show(a, snapshot);
                    }
                });
            } finally {
                refreshing.set(false);
            }
        });
    }

    private void show(TokenAnalysis a, List<String> tokens) {
        lastTokens = tokens;
        analysis.set(a);
    }

    private void finish(String text) {
        running.set(false);
        progress.set(0);
        message.set(text);
    }
}

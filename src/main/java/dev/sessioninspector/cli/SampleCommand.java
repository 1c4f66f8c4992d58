package dev.sessioninspector.cli;

import dev.sessioninspector.model.OwnerOnly;
import dev.sessioninspector.probe.SampleProgress;
import dev.sessioninspector.probe.TokenSampler;
import dev.sessioninspector.probe.TokenSamplerConfig;
import dev.sessioninspector.probe.TokenSamplerResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sample --url URL --token NAME [--count N] [--threads T] [--rate PER_S] [--out FILE]}: collects fresh
 * tokens, one per line to FILE or stdout as they arrive (so Ctrl-C keeps them), progress on stderr.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Collects fresh session tokens (cookie NAME from Set-Cookie) for entropy analysis.",
            "Tokens go one per line to FILE or stdout as they arrive; progress goes to stderr; Ctrl-C keeps them."})
final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "Page that sets the cookie.")
    String url;

    @Option(names = "--token", required = true, paramLabel = "NAME", description = "Cookie name to collect.")
    String token;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1000",
            description = "Distinct tokens wanted (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "4",
            description = "Concurrent requests (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--rate", paramLabel = "PER_S", defaultValue = "0",
            description = "At most this many requests per second; 0 for no limit (default).")
    double rate;

    @Option(names = "--out", paramLabel = "FILE", description = "Write tokens here instead of stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
        TokenSamplerConfig config;
        try {
            config = TokenSamplerConfig.of(URI.create(url.trim()), token, count, threads, rate);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        TokenSampler sampler = new TokenSampler(config);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            sampler.stop();
            try {
                finished.await(10, TimeUnit.SECONDS); // let the tokens reach the file before the JVM exits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sample-ctrl-c");
        boolean created = out != null && !Files.exists(out);
        int collected = 0;
        Runtime.getRuntime().addShutdownHook(hook);
        try (Writer writer = open()) {
            TokenSamplerResult result = sampler.run(new Listener(writer, err));
            collected = result.tokens().size();
            writer.flush();
            err.println();
            err.println(String.format(Locale.ROOT, "sample: %s (%d requests, %d repeats, %d without the cookie, "
                    + "%.0f tokens/s)", result.message(), result.requests(), result.repeats(),
                    result.withoutToken(), result.tokensPerSecond()));
            err.flush();
            if (result.tokens().isEmpty()) {
                return ExitCodes.RUNTIME;
            }
            return result.stopReason() == TokenSamplerResult.StopReason.FAILED ? ExitCodes.RUNTIME : ExitCodes.OK;
        } finally {
            if (created && collected == 0) {
                Files.deleteIfExists(out); // nothing collected: leave no empty file behind
            }
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for the latch released above
            }
        }
    }

    private Writer open() throws IOException {
        if (out == null) {
            return new NonClosingWriter(spec.commandLine().getOut());
        }
        // tokens are session IDs: the file is owner-only from its creation on
        Files.deleteIfExists(out);
        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(out, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
        }
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
    }

    /** Writes each token as it arrives (flushing now and then) and draws the progress line. */
    private static final class Listener implements TokenSampler.Listener {
        private final Writer writer;
        private final PrintWriter err;

        Listener(Writer writer, PrintWriter err) {
            this.writer = writer;
            this.err = err;
        }

        @Override
        public void onToken(String token, int index) {
            try {
                writer.write(token);
                writer.write('\n');
                if (index % 100 == 99) {
                    writer.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void onProgress(SampleProgress p) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            err.print(String.format(Locale.ROOT, "\rsampling: %d/%d tokens, %d requests, %d repeats, %.0f tokens/s",
                    p.tokens(), p.wanted(), p.requests(), p.repeats(), p.tokensPerSecond()));
            err.flush();
        }
    }

    /** Standard output stays open after the command. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

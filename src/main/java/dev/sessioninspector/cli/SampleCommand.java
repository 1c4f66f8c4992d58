package dev.sessioninspector.cli;

import dev.sessioninspector.flow.FlowFileException;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.inspect.Sampler;
import dev.sessioninspector.model.OwnerOnly;
import dev.sessioninspector.probe.SampleProgress;
import dev.sessioninspector.probe.TokenLocation;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sample [--url URL [--method M] [--data BODY] [--request-header 'Name: value']…] (--token COOKIE |
 * --token-header NAME | --token-json /json/pointer | --token-regex RE) [--sign-in FLOW.json] [--count N]
 * [--threads T] [--rate PER_S] [--out FILE] [--all]}, with {@code --url}, {@code --sign-in} or both: the request
 * alone; the credential the flow's sign-in issues, one sign-in per token; or a sign-in and then the request in its
 * session, the token read from the request's answer. Collects fresh tokens through {@link Sampler}, one per line to FILE or
 * stdout as they arrive (so Ctrl-C keeps them), progress on stderr (a line redrawn on a terminal, else a line per
 * second).
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Collects fresh session tokens for entropy analysis: sends the request again and again (--url), "
                + "signs in again and again with a flow's sign-in as a new visitor each time (--sign-in), or both: "
                + "signs in, then sends the request in that session. Reads the token from a cookie, a response "
                + "header, a JSON body or the body by regular expression.",
            "Tokens go one per line to FILE or stdout as they arrive; progress goes to stderr; Ctrl-C keeps them."})
final class SampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            description = "Where the request goes. With --sign-in it is sent after each sign-in, in its session, and "
                    + "may be a path from the flow's baseUrl (/api/token).")
    String url;

    @Option(names = "--sign-in", paramLabel = "FLOW.json",
            description = "Sign in with this flow's steps up to the login, as a new visitor (fresh cookies), for every "
                    + "token (http engine). Alone: the token is the session credential the sign-in issues (the "
                    + "cookie it left, or the value its answers carry); with --url: read from the request's answer.")
    Path signIn;

    @Option(names = "--method", paramLabel = "M",
            description = "Request method (default: GET; POST with --data).")
    String method;

    @Option(names = "--data", paramLabel = "BODY", description = "Request body (JSON or a url-encoded form).")
    String data;

    @Option(names = "--request-header", paramLabel = "'Name: value'", description = "A request header (repeat).")
    List<String> requestHeaders = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    /** Where the token is: exactly one. */
    static final class Where {
        @Option(names = "--token", paramLabel = "COOKIE", description = "Read the cookie of this name from Set-Cookie.")
        String cookie;

        @Option(names = "--token-header", paramLabel = "NAME", description = "Read this response header.")
        String header;

        @Option(names = "--token-json", paramLabel = "/json/pointer", description = "Read this JSON Pointer of the body.")
        String json;

        @Option(names = "--token-regex", paramLabel = "RE",
                description = "Read group 1 of this regular expression over the body (1 MiB, 100 ms at most).")
        String regex;

        TokenLocation location() {
            return cookie != null ? new TokenLocation(TokenLocation.Kind.COOKIE, cookie)
                    : header != null ? new TokenLocation(TokenLocation.Kind.HEADER, header)
                    : json != null ? new TokenLocation(TokenLocation.Kind.JSON, json)
                    : new TokenLocation(TokenLocation.Kind.REGEX, regex);
        }
    }

    @Option(names = "--count", paramLabel = "N", defaultValue = "1000",
            description = "Distinct tokens wanted (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "4",
            description = "Concurrent requests (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--rate", paramLabel = "PER_S", defaultValue = "0",
            description = "At most this many requests per second (with --sign-in, each of its requests counts; "
                    + "redirects are followed at once); 0 for no limit (default).")
    double rate;

    @Option(names = "--out", paramLabel = "FILE", description = "Write tokens here instead of stdout.")
    Path out;

    @Option(names = "--all", description = "Collect all N tokens even when those so far already show the generator "
            + "behind them (by default the sample stops there, and says so: a counter, a clock, a digest of either, "
            + "java.util.Random).")
    boolean all;

    @Override
    public Integer call() throws Exception {
        Sampler.Collection sampler = Sampler.collection(config());
        PrintWriter err = spec.commandLine().getErr();
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
            boolean terminal = System.console() != null;
            String rounds = sampler.config().rounds();
            TokenSamplerResult result = sampler.collect(new Listener(writer, err, terminal, rounds)).result();
            collected = result.tokens().size();
            writer.flush();
            if (terminal) {
                err.println();
            }
            err.println(String.format(Locale.ROOT, "sample: %s (%d " + rounds + ", %d repeats, %d without a token, "
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

    /** What to send and where the token is, checked: one line for what is wrong. */
    private TokenSamplerConfig config() {
        TokenSamplerConfig config = checkedConfig();
        return all ? config.collectingAll() : config;
    }

    private TokenSamplerConfig checkedConfig() {
        try {
            if (url == null && signIn == null) {
                throw new InputException("sample needs --url URL (the request that issues the token), --sign-in "
                        + "FLOW.json (the sign-in that does), or both (sign in, then send the request)");
            }
            if (signIn == null) {
                return TokenSamplerConfig.of(URI.create(url.trim()), method, data,
                        TokenSamplerConfig.requestHeaders(requestHeaders),
                        where.location(), count, threads, rate);
            }
            if (url == null && (method != null || data != null || !requestHeaders.isEmpty())) {
                throw new InputException("--sign-in without --url sends the flow's own requests: --method, --data "
                        + "and --request-header go with --url");
            }
            if (url == null) {
                return Sampler.signIn(FlowParser.parse(signIn), where.location(), count, threads, rate);
            }
            return Sampler.withSignIn(FlowParser.parse(signIn), url, method, data,
                    TokenSamplerConfig.requestHeaders(requestHeaders), where.location(), count, threads, rate);
        } catch (FlowFileException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
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
        private final boolean terminal;
        private final String rounds;
        private long lastLine = Long.MIN_VALUE;

        Listener(Writer writer, PrintWriter err, boolean terminal, String rounds) {
            this.writer = writer;
            this.err = err;
            this.terminal = terminal;
            this.rounds = rounds;
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
            String line = String.format(Locale.ROOT, "sampling: %d/%d tokens, %d " + rounds + ", %d repeats, %.0f tokens/s",
                    p.tokens(), p.wanted(), p.requests(), p.repeats(), p.tokensPerSecond());
            if (terminal) {
                err.print("\r" + line);
            } else {
                long now = System.nanoTime();
                if (lastLine != Long.MIN_VALUE && now - lastLine < 1_000_000_000L) {
                    return; // without a terminal: a line a second, not one every 100 ms
                }
                lastLine = now;
                err.println(line);
            }
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

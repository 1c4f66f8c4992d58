package dev.sessioninspector.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.internal.http.HttpMethod;

/**
 * A round is the configured request: its method, body and headers, no cookies of its own, redirects not followed;
 * the token is read from its response. Workers share one client (pooled keep-alive connections).
 */
final class RequestTokens implements TokenSource {
    private final TokenSamplerConfig config;
    private final OkHttpClient client;
    private final Request request;

    RequestTokens(TokenSamplerConfig config, OkHttpClient client) {
        this.config = config;
        this.client = client;
        this.request = request(config);
    }

    @Override
    public String next(Pace pace) throws IOException, InterruptedException {
        pace.await();
        try (Response response = client.newCall(request).execute()) {
            byte[] body = readBody(response.body());
            return config.token().read(response::headers, body).orElse(null);
        }
    }

    @Override
    public void cancel() {
        client.dispatcher().cancelAll();
    }

    @Override
    public void close() {
        // the shared client is closed by the sampler
    }

    /** The request every round sends: the method, body and headers asked for, and no cookies of its own. */
    private static Request request(TokenSamplerConfig config) {
        Request.Builder b = new Request.Builder().url(config.url().toString()).header("Cache-Control", "no-cache");
        config.headers().all().forEach(h -> b.addHeader(h.name(), h.value()));
        RequestBody body = config.body() == null
                ? (HttpMethod.requiresRequestBody(config.method()) ? RequestBody.create(new byte[0], null) : null)
                : RequestBody.create(config.body().getBytes(StandardCharsets.UTF_8), MediaType.parse(config.contentType()));
        return b.method(config.method(), body).build();
    }

    /**
     * The body's first bytes when the token is read from it (at most {@link TokenLocation#MAX_BODY}), else none; a
     * body read to its end lets the connection go back to the pool.
     */
    private byte[] readBody(ResponseBody body) throws IOException {
        byte[] head = body.byteStream().readNBytes(TokenLocation.MAX_BODY);
        if (body.byteStream().read() >= 0) {
            return config.token().readsBody() ? null : new byte[0]; // over the cap: not read, connection dropped
        }
        return config.token().readsBody() ? head : new byte[0];
    }
}

package dev.sessioninspector.flow;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;

/**
 * How an engine runs a flow.
 *
 * @param keepSecrets    record password-like form fields as typed; by default they are stored as {@value #MASK}
 * @param bodyCap        bytes kept of each body (the original size is always recorded)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for a response
 * @param tls            the TLS context for https targets, or null for the JDK's default trust
 * @param trustManager   the trust manager {@code tls} was built with (null exactly when {@code tls} is)
 */
public record FlowOptions(boolean keepSecrets, int bodyCap, Duration connectTimeout, Duration readTimeout,
                          SSLContext tls, X509TrustManager trustManager) {
    /** What a secret form field's value is recorded as. */
    public static final String MASK = "[masked]";
    public static final int DEFAULT_BODY_CAP = 1024 * 1024;

    public FlowOptions {
        if (bodyCap < 0) {
            throw new IllegalArgumentException("bodyCap must be >= 0");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isNegative() || readTimeout.isNegative()) {
            throw new IllegalArgumentException("negative timeout");
        }
        if ((tls == null) != (trustManager == null)) {
            throw new IllegalArgumentException("a TLS context needs its trust manager, and only then");
        }
    }

    /** Secrets masked, 1 MiB bodies, 10 s to connect, 30 s to answer, the JDK's trust. */
    public static FlowOptions defaults() {
        return new FlowOptions(false, DEFAULT_BODY_CAP, Duration.ofSeconds(10), Duration.ofSeconds(30), null, null);
    }

    public FlowOptions withKeepSecrets(boolean keep) {
        return new FlowOptions(keep, bodyCap, connectTimeout, readTimeout, tls, trustManager);
    }

    public FlowOptions withBodyCap(int bytes) {
        return new FlowOptions(keepSecrets, bytes, connectTimeout, readTimeout, tls, trustManager);
    }

    public FlowOptions withTimeouts(Duration connect, Duration read) {
        return new FlowOptions(keepSecrets, bodyCap, connect, read, tls, trustManager);
    }

    /** Trust for https targets, e.g. the demo shop's own {@code demoClientContext()} and trust manager. */
    public FlowOptions withTls(SSLContext context, X509TrustManager trust) {
        return new FlowOptions(keepSecrets, bodyCap, connectTimeout, readTimeout, Objects.requireNonNull(context),
                Objects.requireNonNull(trust));
    }
}

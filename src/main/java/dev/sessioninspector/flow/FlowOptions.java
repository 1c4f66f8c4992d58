package dev.sessioninspector.flow;

import java.time.Duration;
import java.util.Objects;

/**
 * How an engine runs a flow.
 *
 * @param keepSecrets    record password-like form fields as typed; by default they are stored as {@value #MASK}
 * @param bodyCap        bytes kept of each body (the original size is always recorded)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for a response
 */
public record FlowOptions(boolean keepSecrets, int bodyCap, Duration connectTimeout, Duration readTimeout) {
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
    }

    /** Secrets masked, 1 MiB bodies, 10 s to connect, 30 s to answer. */
    public static FlowOptions defaults() {
        return new FlowOptions(false, DEFAULT_BODY_CAP, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    public FlowOptions withKeepSecrets(boolean keep) {
        return new FlowOptions(keep, bodyCap, connectTimeout, readTimeout);
    }
}

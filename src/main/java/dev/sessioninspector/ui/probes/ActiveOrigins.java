package dev.sessioninspector.ui.probes;

import dev.sessioninspector.model.Origins;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The origins on which the user asked for active checks after Stop ("Run active checks after Stop"), remembered
 * across runs. Off for every origin until the user ticks it: probes send requests, and only the user may say a
 * site is theirs to test. The demo shop needs no entry (its checks always run).
 */
public final class ActiveOrigins {
    private final Preferences node;

    public ActiveOrigins(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The user's own list. */
    public static ActiveOrigins user() {
        return new ActiveOrigins(Preferences.userRoot().node("dev/sessioninspector/active-after-stop"));
    }

    /** True when the user asked for active checks after Stop on {@code url}'s origin. */
    public boolean enabled(URI url) {
        return url != null && url.getHost() != null && node.getBoolean(key(url), false);
    }

    /** Remembers the choice for {@code url}'s origin; a URL without a host is ignored. */
    public void set(URI url, boolean on) {
        if (url == null || url.getHost() == null) {
            return;
        }
        if (on) {
            node.putBoolean(key(url), true);
        } else {
            node.remove(key(url));
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept for this run; the next start asks again
        }
    }

    /** The origin itself when it fits a preferences key, else its SHA-256. */
    static String key(URI url) {
        String origin = Origins.of(url);
        if (origin.length() <= Preferences.MAX_KEY_LENGTH) {
            return origin;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(origin.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

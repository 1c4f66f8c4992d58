package dev.sessioninspector.entropy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When the tokens of a sample were issued, as far as the caller knows: the hash detector looks for digests of
 * the clock (epoch seconds and milliseconds) in and near this window.
 *
 * @param from the first token's issue time, or earlier
 * @param to   the last token's issue time, or later
 */
public record IssueWindow(Instant from, Instant to) {
    /** How long before a sample's save time its tokens are assumed to have been issued. */
    public static final Duration BEFORE_SAVE = Duration.ofHours(1);

    public IssueWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("issue window ends before it starts");
        }
    }

    /** Tokens saved (or last issued) at {@code saved}: the hour before it. */
    public static IssueWindow endingAt(Instant saved) {
        return new IssueWindow(saved.minus(BEFORE_SAVE), saved);
    }
}

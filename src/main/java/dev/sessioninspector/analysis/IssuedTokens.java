package dev.sessioninspector.analysis;

import dev.sessioninspector.entropy.IssueWindow;
import dev.sessioninspector.model.TokenSample;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Values a server issued for one session credential, in issue order, with the window they were issued in (so
 * the statistics can search digests of the clock): a token sample's, or those the recording shows issued (the
 * flow's and the probes', each at the time of the exchange that issued it).
 *
 * @param tokens values in the order they were issued
 * @param window from the first issue to the last
 */
public record IssuedTokens(List<String> tokens, IssueWindow window) {
    public IssuedTokens {
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(window, "window");
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("no issued token");
        }
    }

    /** A sample's tokens, issued in the {@link IssueWindow#BEFORE_SAVE} before it was collected; empty when it has none. */
    public static Optional<IssuedTokens> of(TokenSample sample) {
        List<String> tokens = sample.tokens().stream().filter(t -> !t.isBlank()).toList();
        return tokens.isEmpty() ? Optional.empty()
                : Optional.of(new IssuedTokens(tokens, IssueWindow.endingAt(sample.collected())));
    }

    /** The values the recording shows issued ({@link ObservedValue#issued()}), by issue time; empty when none. */
    public static Optional<IssuedTokens> recorded(List<ObservedValue> values) {
        List<ObservedValue> issued = values.stream().filter(v -> v.issued() && !v.value().isBlank())
                .sorted(Comparator.comparing(ObservedValue::time)).toList();
        if (issued.isEmpty()) {
            return Optional.empty();
        }
        Instant from = issued.get(0).time();
        Instant to = issued.get(issued.size() - 1).time();
        return Optional.of(new IssuedTokens(issued.stream().map(ObservedValue::value).distinct().toList(),
                new IssueWindow(from, to)));
    }
}

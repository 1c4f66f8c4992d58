package dev.sessioninspector.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The result of one active probe, as the probe engine hands it to the analysis.
 *
 * @param kind          which probe ran
 * @param cookie        the session credential it was about: a cookie name, or a token's header name such as
 *                      {@code Authorization} (may be empty when the probe was not credential-specific)
 * @param exchangesSent the IDs of the exchanges the probe sent, as recorded in the same recording
 * @param verdict       what it concluded
 * @param detail        one or two sentences a reader can check against the exchanges
 */
public record ProbeEvidence(ProbeKind kind, String cookie, List<Long> exchangesSent, ProbeVerdict verdict,
        String detail) {

    public ProbeEvidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        cookie = cookie == null ? "" : cookie;
        exchangesSent = List.copyOf(Objects.requireNonNull(exchangesSent, "exchangesSent"));
        detail = detail == null ? "" : detail;
        if (verdict == ProbeVerdict.VULNERABLE && exchangesSent.isEmpty()) {
            throw new IllegalArgumentException("a " + kind + " probe that found a weakness must name its exchanges");
        }
    }
}

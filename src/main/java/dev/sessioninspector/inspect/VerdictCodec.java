package dev.sessioninspector.inspect;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.model.ProbeRecord;
import dev.sessioninspector.model.TokenSample;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Probe verdicts to and from what the store keeps. Kinds and verdicts are kept by name; a name this build does
 * not know (a file written by a newer build) is skipped with a note that says so, never a failure.
 */
final class VerdictCodec {
    private VerdictCodec() {
    }

    static ProbeRecord record(long recordingId, Instant time, ProbeEvidence e) {
        return new ProbeRecord(0, recordingId, time, e.kind().name(), e.cookie(), e.exchangesSent(),
                e.verdict().name(), e.detail());
    }

    /** The verdicts a project keeps, the latest of each kind winning, with a note for each one skipped. */
    static Verdicts verdicts(List<ProbeRecord> records, List<TokenSample> samples) {
        Verdicts v = Verdicts.NONE;
        for (ProbeRecord r : records) {
            ProbeKind kind = known(ProbeKind.class, r.kind());
            ProbeVerdict verdict = known(ProbeVerdict.class, r.verdict());
            if (kind == null || verdict == null) {
                v = v.withNote("a stored probe verdict was skipped: " + (kind == null ? "probe kind '" + r.kind()
                        : "verdict '" + r.verdict()) + "' is unknown to this version (written by a newer one?)");
                continue;
            }
            try {
                v = v.with(new ProbeEvidence(kind, r.cookie(), r.exchanges(), verdict, r.detail()));
            } catch (IllegalArgumentException bad) {
                v = v.withNote("a stored " + r.kind().toLowerCase(Locale.ROOT) + " verdict was skipped: "
                        + bad.getMessage());
            }
        }
        for (TokenSample s : samples) {
            v = v.with(s);
        }
        return v;
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}

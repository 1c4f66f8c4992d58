package dev.sessioninspector.analysis;

import dev.sessioninspector.analysis.CredentialTimeline.Cause;
import dev.sessioninspector.analysis.CredentialTimeline.Change;
import dev.sessioninspector.analysis.CredentialTimeline.Credential;
import dev.sessioninspector.analysis.CredentialTimeline.Expiry;
import dev.sessioninspector.analysis.CredentialTimeline.Lane;
import dev.sessioninspector.analysis.CredentialTimeline.LateAcceptance;
import dev.sessioninspector.analysis.CredentialTimeline.Segment;
import dev.sessioninspector.analysis.rules.NoAbsoluteTimeout;
import dev.sessioninspector.analysis.rules.NoIdleTimeout;
import dev.sessioninspector.analysis.rules.NotInvalidatedAtLogout;
import dev.sessioninspector.analysis.rules.TokenLongLived;
import dev.sessioninspector.model.Evidence;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Finding;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.RecordingData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lanes of the header tokens of a recording, for {@link CredentialTimeline}: one per token-carrying header
 * ({@link HeaderTokens}), a segment per value from where it was issued (a JSON field, a response header, page
 * storage) or else its first use, to its last use; an {@link Change} with {@link Cause#ISSUED} where it was issued;
 * each JWT value's {@code exp}; and where a failed check proves the server still accepted a value after logout or
 * past its {@code exp}, a {@link LateAcceptance}.
 */
final class TokenLanes {
    /** The checks whose failure means "the server still accepted this credential": their evidence is read. */
    private static final Set<String> ACCEPTANCE = Set.of(NotInvalidatedAtLogout.ID, NoAbsoluteTimeout.ID,
            TokenLongLived.ID, NoIdleTimeout.ID);

    private TokenLanes() {
    }

    static List<Lane> of(RecordingData data, AnalysisResult analysis) {
        HeaderTokens tokens = HeaderTokens.of(data);
        Map<Long, Exchange> byId = new HashMap<>();
        data.exchanges().forEach(e -> byId.put(e.id(), e));
        List<Lane> out = new ArrayList<>();
        for (String name : tokens.names()) {
            boolean session = analysis != null && analysis.sessionCookies().stream()
                    .anyMatch(c -> c.token() && c.name().equals(name));
            out.add(lane(tokens, name, session, analysis, byId));
        }
        return out;
    }

    private static Lane lane(HeaderTokens tokens, String name, boolean session, AnalysisResult analysis,
            Map<Long, Exchange> byId) {
        List<String> values = tokens.values(name);
        List<Segment> segments = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<Expiry> expiries = new ArrayList<>();
        for (int colour = 0; colour < values.size(); colour++) {
            String value = values.get(colour);
            List<Exchange> uses = tokens.exchanges().stream()
                    .filter(e -> tokens.sentValue(e.id(), name).filter(value::equals).isPresent()).toList();
            Exchange first = uses.get(0);
            Exchange last = uses.get(uses.size() - 1);
            Optional<TokenIssue> issue = tokens.issue(value).filter(i -> !i.time().isAfter(first.start()));
            Instant from = issue.map(TokenIssue::time).orElse(first.start());
            Instant to = last.end().isBefore(from) ? from : last.end();
            segments.add(new Segment(value, from, to, issue.map(TokenIssue::exchangeId).orElse(first.id()),
                    issue.isPresent() ? Cause.ISSUED : Cause.SENT, colour));
            int c = colour;
            issue.ifPresent(i -> changes.add(new Change(i.time(), i.exchangeId(), value, Cause.ISSUED, c, i.where())));
            Jwt.parse(value).ifPresent(jwt -> jwt.expires().ifPresent(
                    exp -> expiries.add(new Expiry(value, exp, jwt.issuedAt().orElse(null), c))));
        }
        segments.sort(Comparator.comparing(Segment::from));
        for (int i = 0; i + 1 < segments.size(); i++) {
            Segment s = segments.get(i);
            Instant next = segments.get(i + 1).from();
            if (s.to().isAfter(next)) { // a newer value took over: the older one's segment ends there
                segments.set(i, new Segment(s.value(), s.from(), next, s.exchangeId(), s.cause(), s.colour()));
            }
        }
        changes.sort(Comparator.comparing(Change::time));
        List<LateAcceptance> late = late(name, new LinkedHashSet<>(values), expiries, analysis, byId);
        return new Lane(new Credential(Credential.Kind.TOKEN, name), session, segments, changes, expiries, late);
    }

    /**
     * The exchanges failed checks about this credential cite that carried one of its values after the logout or
     * past that value's {@code exp}: proof the server still accepted it then.
     */
    private static List<LateAcceptance> late(String name, Set<String> values, List<Expiry> expiries,
            AnalysisResult analysis, Map<Long, Exchange> byId) {
        if (analysis == null) {
            return List.of();
        }
        Map<Long, LateAcceptance> out = new java.util.TreeMap<>();
        for (Finding f : analysis.findings()) {
            if (!ACCEPTANCE.contains(f.rule()) || !name.equals(f.cookie())) {
                continue;
            }
            for (Evidence ev : f.evidence()) {
                Exchange e = byId.get(ev.exchange());
                if (e == null || out.containsKey(e.id())) {
                    continue;
                }
                carried(e, values).flatMap(v -> why(e, v, f.rule(), expiries, analysis))
                        .ifPresent(a -> out.put(e.id(), a));
            }
        }
        return List.copyOf(out.values());
    }

    private static Optional<String> carried(Exchange e, Set<String> values) {
        for (Header h : e.requestHeaders().all()) {
            for (String v : values) {
                if (h.value() != null && h.value().contains(v)) {
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LateAcceptance> why(Exchange e, String value, String rule, List<Expiry> expiries,
            AnalysisResult analysis) {
        AuthPoint logout = analysis.logout();
        if (logout != null && e.id() != logout.exchangeId() && e.start().isAfter(logout.time())) {
            return Optional.of(new LateAcceptance(e.start(), e.id(), value,
                    "still accepted after logout (" + rule + ", exchange " + e.id() + ")"));
        }
        for (Expiry x : expiries) {
            if (x.value().equals(value) && e.start().isAfter(x.expires())) {
                return Optional.of(new LateAcceptance(e.start(), e.id(), value, "still accepted "
                        + human(Duration.between(x.expires(), e.start())) + " past its exp (" + rule
                        + ", exchange " + e.id() + ")"));
            }
        }
        return Optional.empty();
    }

    /** "3s", "4m 10s", "2h 5m". */
    static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m " + s % 60 + "s";
        }
        return s / 3600 + "h " + (s % 3600) / 60 + "m";
    }
}

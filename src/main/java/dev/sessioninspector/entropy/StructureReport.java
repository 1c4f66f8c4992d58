package dev.sessioninspector.entropy;

import java.util.List;
import java.util.Objects;

/**
 * What the tokens look like before any statistics: the encoding of their random part, the wrappers that
 * were stripped to reach it (URL-encoding, signatures, server-node names, constant prefixes), the JWT layout,
 * and predictable structure (counters, timestamps, {@code java.util.Random} output, repeats).
 *
 * @param encoding       encoding of the core (random) part
 * @param alphabet       that encoding's alphabet as used for statistics
 * @param minLength      shortest core length in characters
 * @param maxLength      longest core length
 * @param layout         one line describing the token layout
 * @param wrappers       what was stripped, outermost first
 * @param example        the first raw token
 * @param decodedExample the first token's core part, decoded where the encoding allows (hex of its bytes)
 * @param jwt            the JWT layout, or null
 * @param findings       predictable structure found
 * @param distinct       number of distinct tokens
 * @param duplicates     number of tokens that repeat an earlier one
 */
public record StructureReport(Encoding encoding, String alphabet, int minLength, int maxLength, String layout,
        List<String> wrappers, String example, String decodedExample, JwtInfo jwt, List<StructureFinding> findings,
        int distinct, int duplicates) {
    public StructureReport {
        Objects.requireNonNull(encoding, "encoding");
        alphabet = alphabet == null ? "" : alphabet;
        layout = layout == null ? "" : layout;
        wrappers = List.copyOf(wrappers);
        example = example == null ? "" : example;
        decodedExample = decodedExample == null ? "" : decodedExample;
        findings = List.copyOf(findings);
        if (minLength < 0 || maxLength < minLength || distinct < 0 || duplicates < 0) {
            throw new IllegalArgumentException("inconsistent structure report");
        }
    }

    public boolean has(StructureFinding.Kind kind) {
        return findings.stream().anyMatch(f -> f.kind() == kind);
    }
}

package dev.sessioninspector.entropy;

import java.util.List;

/**
 * The layout of JWT tokens: header and claims of the first token, which claims vary from token to token
 * (the random part: its statistics are what the analysis measures) and which carry times.
 *
 * @param algorithm    the header's {@code alg}
 * @param header       the first token's decoded header JSON
 * @param claims       the first token's decoded claims JSON
 * @param randomClaims claims whose string values vary across the sample (e.g. {@code jti}, {@code sid})
 * @param timeClaims   numeric claims that hold epoch times ({@code iat}, {@code exp}…)
 */
public record JwtInfo(String algorithm, String header, String claims, List<String> randomClaims,
        List<String> timeClaims) {
    public JwtInfo {
        algorithm = algorithm == null ? "" : algorithm;
        header = header == null ? "" : header;
        claims = claims == null ? "" : claims;
        randomClaims = List.copyOf(randomClaims);
        timeClaims = List.copyOf(timeClaims);
    }

    /** {@code alg: none}: anyone can mint a token. */
    public boolean unsigned() {
        return algorithm.equalsIgnoreCase("none");
    }
}

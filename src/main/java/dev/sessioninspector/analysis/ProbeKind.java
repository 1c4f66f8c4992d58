package dev.sessioninspector.analysis;

/**
 * Which active probe produced a piece of {@link ProbeEvidence}. Each works with a session cookie or a header token;
 * {@link ProbeEvidence#cookie()} names the credential (a cookie name, or the header name such as
 * {@code Authorization}).
 */
public enum ProbeKind {
    /** The pre-logout cookies replayed after logout against the signed-in page. */
    LOGOUT_REPLAY,
    /** A session ID the server never issued, sent by the client, then checked for adoption. */
    FOREIGN_ID,
    /** The session left idle longer than {@code --idle-max}, then checked for still being signed in. */
    IDLE_TIMEOUT,
    /** The session ID sent in the URL ({@code ;jsessionid=} or a query parameter) instead of the cookie. */
    URL_ID_ACCEPTED,
    /**
     * The signed-in token re-sent with the same claims and {@code alg: none} (and its case variants), no signature,
     * against the signed-in page; {@link ProbeVerdict#VULNERABLE} when the server accepts it.
     */
    UNSIGNED_TOKEN,
    /**
     * The session kept busy (a signed-in page touched more often than any idle limit) until {@code --absolute-max}
     * has passed; {@link ProbeVerdict#VULNERABLE} when it is still signed in. Also read by {@code token.long-lived}:
     * a token still accepted after a known time.
     */
    ABSOLUTE_TIMEOUT
}

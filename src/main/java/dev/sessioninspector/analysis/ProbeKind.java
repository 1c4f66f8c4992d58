package dev.sessioninspector.analysis;

/** Which active probe produced a piece of {@link ProbeEvidence}. */
public enum ProbeKind {
    /** The pre-logout cookies replayed after logout against the signed-in page. */
    LOGOUT_REPLAY,
    /** A session ID the server never issued, sent by the client, then checked for adoption. */
    FOREIGN_ID,
    /** The session left idle longer than {@code --idle-max}, then checked for still being signed in. */
    IDLE_TIMEOUT,
    /** The session ID sent in the URL ({@code ;jsessionid=} or a query parameter) instead of the cookie. */
    URL_ID_ACCEPTED
}

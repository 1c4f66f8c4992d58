package dev.sessioninspector.demo;

/** A request the shop refuses with a status and a one-line reason shown to the visitor. */
final class HttpError extends RuntimeException {
    private final int status;
    private final String allow;

    HttpError(int status, String message) {
        this(status, message, null);
    }

    private HttpError(int status, String message, String allow) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        this.status = status;
        this.allow = allow;
    }

    /** 405, naming the methods the route takes (sent as {@code Allow}). */
    static HttpError methodNotAllowed(String allow) {
        return new HttpError(405, "Use " + allow + " here.", allow);
    }

    int status() {
        return status;
    }

    /** The {@code Allow} header value of a 405, else null. */
    String allow() {
        return allow;
    }
}

package dev.sessioninspector.capture;

/**
 * What a capture session has handed to its sink so far, for a status line.
 *
 * @param errors things capture could not record (a sink that threw, a body it could not read); each one
 *               is also logged with {@link System.Logger}
 */
public record CaptureCounts(long exchanges, long cookieEvents, long storageSnapshots, long markers, long errors) {
    public static final CaptureCounts ZERO = new CaptureCounts(0, 0, 0, 0, 0);

    public CaptureCounts {
        if (exchanges < 0 || cookieEvents < 0 || storageSnapshots < 0 || markers < 0 || errors < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}

package dev.sessioninspector.har;

/**
 * How to export a HAR.
 *
 * @param sanitize replace secrets ({@code Cookie}, {@code Set-Cookie}, {@code Authorization} values, cookie
 *                 values, password-like form fields, JSON keys and query parameters, web-storage values)
 *                 by {@value Sanitizer#REDACTED}; names are kept
 * @param includeBodies write request and response bodies (off: sizes only)
 */
public record HarExportOptions(boolean sanitize, boolean includeBodies) {
    /** The default: sanitized, with bodies. */
    public static final HarExportOptions SANITIZED = new HarExportOptions(true, true);
    /** Everything as recorded: the only form a later session analysis can fully use. */
    public static final HarExportOptions UNSANITIZED = new HarExportOptions(false, true);
}

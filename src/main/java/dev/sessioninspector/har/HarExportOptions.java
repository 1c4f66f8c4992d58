package dev.sessioninspector.har;

/**
 * How to export a HAR.
 *
 * @param sanitize replace secrets ({@code Cookie}, {@code Set-Cookie}, {@code Authorization} values, cookie
 *                 values, password-like form fields, JSON keys and query parameters, web-storage values)
 *                 by {@value Sanitizer#REDACTED}; names are kept
 * @param includeBodies write request and response bodies (off: sizes only)
 * @param secrets  values to remove wherever they appear when sanitizing (for example the session credentials
 *                 the analysis identified, bearer tokens), beside those the export finds itself
 */
public record HarExportOptions(boolean sanitize, boolean includeBodies, java.util.Set<String> secrets) {
    public HarExportOptions {
        secrets = secrets == null ? java.util.Set.of() : java.util.Set.copyOf(secrets);
    }

    public HarExportOptions(boolean sanitize, boolean includeBodies) {
        this(sanitize, includeBodies, java.util.Set.of());
    }

    /** These options, also removing {@code values} wherever they appear when sanitizing. */
    public HarExportOptions withSecrets(java.util.Collection<String> values) {
        java.util.Set<String> all = new java.util.HashSet<>(secrets);
        values.stream().filter(java.util.Objects::nonNull).forEach(all::add);
        return new HarExportOptions(sanitize, includeBodies, all);
    }

    /** The default: sanitized, with bodies. */
    public static final HarExportOptions SANITIZED = new HarExportOptions(true, true);
    /** Everything as recorded: the only form a later session analysis can fully use. */
    public static final HarExportOptions UNSANITIZED = new HarExportOptions(false, true);
}

package dev.sessioninspector.probe;

/** Small helpers the probes share. */
final class Probes {
    private Probes() {
    }

    /** A cookie value shortened for logs and details: enough to recognise, not enough to reuse. */
    static String abbrev(String value) {
        return value.length() <= 10 ? value : value.substring(0, 8) + "…";
    }
}

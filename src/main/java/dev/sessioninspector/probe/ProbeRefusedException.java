package dev.sessioninspector.probe;

/** A probe wanted to do something its {@link ProbePolicy} forbids (another origin, too many requests). */
public final class ProbeRefusedException extends RuntimeException {
    public ProbeRefusedException(String message) {
        super(message);
    }
}

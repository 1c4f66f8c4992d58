package dev.sessioninspector.analysis;

/** What an active probe concluded. */
public enum ProbeVerdict {
    /** The weakness is shown: the probe's exchanges prove it. */
    VULNERABLE,
    /** The server behaved well. */
    SAFE,
    /** The probe ran but could not tell (no oracle, target unreachable, ambiguous answer). */
    INCONCLUSIVE
}

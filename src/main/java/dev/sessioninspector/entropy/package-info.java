/**
 * Session-token statistics as pure functions: structure detection (encodings, signed-cookie, JWT and
 * server-node wrappers, counters, timestamps, {@code java.util.Random} output), character-level and
 * bit-level randomness tests (FIPS 140-2 and NIST SP 800-22), and effective entropy by significance
 * level. Entry points: {@link dev.sessioninspector.entropy.TokenAnalyzer#analyze(java.util.List)} and
 * {@link dev.sessioninspector.entropy.BitBattery#run(dev.sessioninspector.entropy.BitSequence)}.
 * Depends on the model and the JDK only.
 */
package dev.sessioninspector.entropy;

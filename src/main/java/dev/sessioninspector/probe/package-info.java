/**
 * Active probes over OkHttp (the only OkHttp user): token sampling for entropy analysis
 * ({@link dev.sessioninspector.probe.TokenSampler}); further active checks live here too.
 */
package dev.sessioninspector.probe;

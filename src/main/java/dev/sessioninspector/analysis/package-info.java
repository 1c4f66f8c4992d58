/**
 * Understanding a recording: which cookies carry the session, where login and logout happened, what a
 * signed-in page looks like, which framework served it, and the passive rules of DESIGN.md §6 run over all
 * of that by the {@link dev.sessioninspector.analysis.AnalysisEngine}. Rules never send requests: active
 * evidence comes in as {@link dev.sessioninspector.analysis.ProbeEvidence} from the probes.
 * Uses model, cookie and entropy only.
 */
package dev.sessioninspector.analysis;

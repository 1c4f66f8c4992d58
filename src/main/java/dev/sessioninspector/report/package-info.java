/**
 * Writes an {@link dev.sessioninspector.analysis.AnalysisResult} as JSON (the DESIGN.md §6 shape), a
 * self-contained HTML page with an inline SVG timeline, Markdown, SARIF 2.1.0 and JUnit XML. Uses model,
 * analysis and entropy only; writers never print, they write to the stream or folder they are given.
 */
package dev.sessioninspector.report;

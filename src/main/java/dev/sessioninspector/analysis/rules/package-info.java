/**
 * The passive rules of DESIGN.md §6, one class each with its stable ID, severity, CWE and references.
 * {@link dev.sessioninspector.analysis.rules.Rules#all()} lists them in the design's order.
 */
package dev.sessioninspector.analysis.rules;

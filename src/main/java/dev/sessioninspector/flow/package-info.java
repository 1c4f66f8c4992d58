/**
 * Flow files (DESIGN.md §5) and the engines that run them: {@link dev.sessioninspector.flow.FlowParser} reads
 * a flow strictly, a {@link dev.sessioninspector.flow.FlowEngine} plays it into a recording
 * ({@link dev.sessioninspector.flow.HttpFlowEngine} here; the browser engine plugs in from {@code browser}),
 * and {@link dev.sessioninspector.flow.FlowRecorder} records a run into a project. See {@code docs/flows.md}.
 */
package dev.sessioninspector.flow;

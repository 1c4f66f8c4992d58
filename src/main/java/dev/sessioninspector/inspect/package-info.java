/**
 * The use cases the app and the command line share: {@link dev.sessioninspector.inspect.Analyser analyse} a
 * recording, {@link dev.sessioninspector.inspect.Prober probe} its site, {@link dev.sessioninspector.inspect.Sampler
 * sample} fresh session IDs, {@link dev.sessioninspector.inspect.Concluder conclude} (passive rules at once, then
 * each active verdict as it lands) and {@link dev.sessioninspector.inspect.ReportExport export} the reports. It owns
 * what the analysis is given ({@link dev.sessioninspector.inspect.InspectionInputs}) and keeps the verdicts with
 * the recording ({@link dev.sessioninspector.inspect.InspectedRecording}), so a reopened project is judged the
 * same way. The views and the commands call this package, never the rules.
 */
package dev.sessioninspector.inspect;

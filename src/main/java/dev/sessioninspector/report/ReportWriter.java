package dev.sessioninspector.report;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.model.RecordingData;
import java.io.IOException;
import java.io.OutputStream;

/** One report format. Writers are stateless; the stream is flushed, not closed. */
public interface ReportWriter {
    /** The format name used on the command line: {@code json html md sarif junit}. */
    String format();

    /** The file name the report gets in an output folder, e.g. {@code report.json}. */
    String fileName();

    void write(AnalysisResult result, RecordingData data, OutputStream out) throws IOException;
}

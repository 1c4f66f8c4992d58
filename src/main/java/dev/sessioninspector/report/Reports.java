package dev.sessioninspector.report;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.model.OwnerOnly;
import dev.sessioninspector.model.RecordingData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The report formats by name, and writing several into a folder without leaving half-written files. */
public final class Reports {
    private static final Map<String, ReportWriter> WRITERS = new TreeMap<>(Map.of(
            "json", new JsonReport(),
            "html", new HtmlReport(),
            "md", new MarkdownReport(),
            "sarif", new SarifReport(),
            "junit", new JUnitReport()));

    private Reports() {
    }

    /** The format names, sorted: {@code html json junit md sarif}. */
    public static List<String> formats() {
        return List.copyOf(WRITERS.keySet());
    }

    /** The writer for a format name (case-insensitive); an unknown name is an IllegalArgumentException. */
    public static ReportWriter forFormat(String format) {
        ReportWriter w = WRITERS.get(format == null ? "" : format.trim().toLowerCase(Locale.ROOT));
        if (w == null) {
            throw new IllegalArgumentException("unknown report format '" + format + "' (use "
                    + String.join(", ", WRITERS.keySet()) + ")");
        }
        return w;
    }

    /**
     * Writes each format into {@code dir} (created owner-only if missing). Every report goes to a temporary file
     * first and is moved into place only when complete, so a failure never leaves a truncated report; reports
     * hold session IDs, so each is readable by its owner only ({@link OwnerOnly}).
     *
     * @return the files written, in the order of {@code formats}
     */
    public static List<Path> writeAll(Collection<String> formats, AnalysisResult result, RecordingData data, Path dir)
            throws IOException {
        List<ReportWriter> writers = new ArrayList<>();
        for (String f : new LinkedHashSet<>(formats)) {
            writers.add(forFormat(f)); // validate every name before writing anything
        }
        OwnerOnly.folders(dir);
        List<Path> written = new ArrayList<>();
        for (ReportWriter w : writers) {
            written.add(OwnerOnly.write(dir.resolve(w.fileName()), out -> w.write(result, data, out)));
        }
        return written;
    }
}

package dev.sessioninspector.inspect;

import dev.sessioninspector.model.OwnerOnly;
import dev.sessioninspector.report.Reports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Export: the reports of an inspection into a folder (each written whole or not at all, owner-only), and {@code probes.txt}
 * with what the probes of this session sent when any ran. {@code scan}, {@code analyze} and {@code gui --report}
 * write the same files this way.
 */
public final class ReportExport {
    /** Report formats when none is asked for. */
    public static final List<String> DEFAULT_FORMATS = List.of("json", "html");
    /** The name of the probe report. */
    public static final String PROBES_FILE = "probes.txt";

    private ReportExport() {
    }

    /** Writes the reports; returns the files written, probes.txt last. */
    public static List<Path> write(Inspection inspection, Collection<String> formats, Path dir) throws IOException {
        List<Path> files = new ArrayList<>(Reports.writeAll(formats.isEmpty() ? DEFAULT_FORMATS : formats,
                inspection.result(), inspection.data(), dir));
        var sent = inspection.probeReport();
        if (!sent.entries().isEmpty() || !sent.notes().isEmpty()) {
            Path p = dir.resolve(PROBES_FILE);
            OwnerOnly.writeLines(p, sent.lines());
            files.add(p);
        }
        return files;
    }
}

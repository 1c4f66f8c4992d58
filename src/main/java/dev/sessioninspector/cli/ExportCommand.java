package dev.sessioninspector.cli;

import dev.sessioninspector.har.HarExportOptions;
import dev.sessioninspector.har.HarExporter;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --db FILE --recording ID --har OUT [--unsanitized]}: writes a recording as HAR 1.2, sanitized
 * (cookie values, {@code Set-Cookie}, {@code Authorization}, password-like fields redacted) unless asked. The
 * project is opened read-only; the HAR goes through a temporary file, so a failure leaves none half-written.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes a recording as a HAR 1.2 file.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The project file.")
    Path db;

    @Option(names = "--recording", required = true, paramLabel = "ID", description = "The recording to export.")
    long recordingId;

    @Option(names = "--har", required = true, paramLabel = "OUT", description = "The HAR file to write.")
    Path har;

    @Option(names = "--unsanitized", description = "Keep cookie values, tokens and passwords as recorded.")
    boolean unsanitized;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(db)) {
            throw new InputException(db + ": no such file");
        }
        if (Files.isDirectory(har)) {
            throw new InputException("--har " + har + " is a folder, not a file");
        }
        Path parent = har.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException("--har " + har + ": folder " + parent + " does not exist");
        }
        RecordingData data;
        try (Project project = Project.openReadOnly(db)) {
            List<Recording> recordings = project.recordings();
            if (project.recording(recordingId).isEmpty()) {
                throw new InputException(db + " has no recording " + recordingId + (recordings.isEmpty()
                        ? " (it holds none)" : " (it has " + recordings.stream().map(r -> r.id() + " \"" + r.name() + "\"")
                                .collect(Collectors.joining(", ")) + ")"));
            }
            data = project.load(recordingId);
        } catch (StoreException e) {
            throw new InputException(e.getMessage(), e);
        }
        try {
            new HarExporter().write(data, har, unsanitized ? HarExportOptions.UNSANITIZED : HarExportOptions.SANITIZED);
        } catch (IOException e) {
            throw new ScanCommand.ScanFailedException("cannot write " + har + ": " + e.getMessage());
        }
        spec.commandLine().getOut().println("Exported recording " + recordingId + " (" + data.exchanges().size()
                + " exchanges, " + (unsanitized ? "unsanitized" : "sanitized") + ") to " + har);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

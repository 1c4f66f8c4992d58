package dev.sessioninspector.cli;

import dev.sessioninspector.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The checked options of {@code scan} (DESIGN.md §4).
 *
 * @param db       the project file, or null for the default project in the app data folder
 * @param idleMax  {@code --idle-max}: run the idle-timeout probe with this limit; null when not asked
 * @param absoluteMax {@code --absolute-max}: run the absolute-timeout probe with this limit; null when not asked
 * @param samples  {@code --samples}: size of the token sample; null when not asked
 * @param formats  report formats (json html md sarif junit), in the order given, no repeats
 * @param out      where reports go, or null
 */
record ScanOptions(Path flow, String engine, Path db, Duration idleMax, Duration absoluteMax, Integer samples,
                   List<String> formats, Path out, Severity failOn, boolean keepSecrets) {
    static final List<String> FORMATS = List.of("json", "html", "md", "sarif", "junit");

    ScanOptions {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(engine, "engine");
        formats = List.copyOf(formats);
        Objects.requireNonNull(failOn, "failOn");
    }

    /** The options without an absolute limit. */
    ScanOptions(Path flow, String engine, Path db, Duration idleMax, Integer samples, List<String> formats, Path out,
            Severity failOn, boolean keepSecrets) {
        this(flow, engine, db, idleMax, null, samples, formats, out, failOn, keepSecrets);
    }
}

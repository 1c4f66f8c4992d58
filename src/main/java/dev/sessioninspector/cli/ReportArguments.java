package dev.sessioninspector.cli;

import dev.sessioninspector.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks of the report options {@code scan} and {@code analyze} share: --format, --fail-on, --out. */
final class ReportArguments {
    private ReportArguments() {
    }

    /** The formats in the order given, lower-cased, without repeats; an unknown one is an input error. */
    static List<String> formats(List<String> given) {
        List<String> checked = new ArrayList<>();
        for (String f : given) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (!ScanOptions.FORMATS.contains(format)) {
                throw new InputException("--format must be one of " + String.join(", ", ScanOptions.FORMATS)
                        + ", not '" + f + "'");
            }
            if (!checked.contains(format)) {
                checked.add(format);
            }
        }
        return checked;
    }

    static Severity failOn(String text) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException("--fail-on: " + e.getMessage());
        }
    }

    /** An --out that names an existing file (not a folder) is an input error; null (the default) is fine. */
    static void checkOut(Path out) {
        if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out " + out + " is a file, not a folder");
        }
    }
}

package dev.sessioninspector.cli;

import dev.sessioninspector.analysis.Jwt;
import dev.sessioninspector.entropy.IssueWindow;
import dev.sessioninspector.entropy.TokenAnalyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code entropy TOKENS_FILE | --bits BITS_FILE [--format json|text]}: token statistics or the bit battery. */
@Command(name = "entropy", mixinStandardHelpOptions = true,
        description = {"Token statistics: structure, per-position and bit-level tests, effective entropy.",
            "With --bits, runs NIST SP 800-22 and FIPS 140-2 on ASCII 0/1 (whitespace ignored)."})
final class EntropyCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TOKENS_FILE",
            description = "Tokens, one per line, in the order they were issued.")
    Path tokensFile;

    @Option(names = "--bits", paramLabel = "BITS_FILE", description = "ASCII 0/1 bits for the bit-level battery.")
    Path bitsFile;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        if ((tokensFile == null) == (bitsFile == null)) {
            throw new InputException("give either a TOKENS_FILE or --bits BITS_FILE");
        }
        String out;
        if (bitsFile != null) {
            out = BitsReport.of(bitsFile, format == Format.json);
        } else {
            List<String> tokens = read(tokensFile, "tokens file").lines().filter(l -> !l.isBlank()).toList();
            if (tokens.isEmpty()) {
                throw new InputException("tokens file " + tokensFile + " has no tokens");
            }
            dev.sessioninspector.entropy.TokenAnalysis analysis;
            try {
                analysis = TokenAnalyzer.analyze(tokens, IssueWindow.endingAt(modified(tokensFile)), Jwt::members);
            } catch (IllegalArgumentException e) {
                throw new InputException("tokens file " + tokensFile + ": " + e.getMessage());
            }
            out = format == Format.json ? EntropyJson.tokens(analysis) : EntropyText.tokens(analysis);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.print(out.endsWith("\n") ? out : out + "\n");
        w.flush();
        return ExitCodes.OK;
    }

    /** When the sampler last wrote the file: its tokens were issued in the hour before. */
    private static java.time.Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return java.time.Instant.now();
        }
    }

    private static String read(Path file, String what) {
        try {
            return dev.sessioninspector.model.Utf8Text.read(file);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException("cannot read " + what + " " + file + ": " + why);
        }
    }
}

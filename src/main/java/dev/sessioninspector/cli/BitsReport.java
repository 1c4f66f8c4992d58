package dev.sessioninspector.cli;

import dev.sessioninspector.entropy.BitBattery;
import dev.sessioninspector.entropy.BitSequence;
import dev.sessioninspector.model.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code entropy --bits BITS_FILE}: the file read, the bit battery run and its report written, without picocli, so
 * that {@link Launcher} can answer the command before picocli (or Jackson, for the text report) is loaded. Bad input
 * is an {@link InputException}, worded as {@code EntropyCommand}'s.
 */
final class BitsReport {
    private BitsReport() {
    }

    /** The report on {@code bitsFile}: JSON or text. */
    static String of(Path bitsFile, boolean json) {
        BitSequence bits = read(bitsFile);
        if (bits.length() == 0) {
            throw new InputException("bits file " + bitsFile + " has no bits");
        }
        var result = BitBattery.run(bits);
        return json ? EntropyJson.bits(result) : EntropyText.bits(result);
    }

    /**
     * The bits of the file: a plain ASCII file of 0, 1 and whitespace is scanned byte by byte; anything else (a BOM,
     * other Unicode whitespace, a wrong character) goes through the UTF-8 text, which names what is wrong and where.
     */
    /** The largest bits file read: 256 MiB of ASCII digits, far beyond the 10^6 bits SP 800-22 asks for. */
    static final long MAX_BYTES = 256L << 20;

    private static BitSequence read(Path file) {
        byte[] bytes;
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) { // read whole, a file over 2 GiB failed with an OutOfMemoryError's stack trace
                throw new InputException(String.format(java.util.Locale.ROOT, "bits file %s is %,d bytes; the "
                        + "battery reads up to %,d (%,d bits)", file, size, MAX_BYTES, MAX_BYTES));
            }
            bytes = Files.readAllBytes(file);
            BitSequence plain = BitSequence.parseAscii(bytes);
            if (plain != null) {
                return plain;
            }
            text = Utf8Text.decode(bytes);
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String why = e instanceof NoSuchFileException ? "no such file"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException("cannot read bits file " + file + ": " + why);
        }
        try {
            return BitSequence.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException("bits file " + file + ": " + e.getMessage());
        }
    }
}

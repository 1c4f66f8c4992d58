package dev.sessioninspector.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a text file that must be UTF-8, and says where it is not ("Input length = 3" tells a user nothing). */
public final class Utf8Text {
    private Utf8Text() {
    }

    /** A file that is not UTF-8: the message names the first bad byte and its offset. */
    public static final class NotUtf8Exception extends CharacterCodingException {
        private final String message;

        NotUtf8Exception(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }

    /** The file's text; a BOM is dropped. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** The bytes as UTF-8 text, or {@link NotUtf8Exception}. */
    public static String decode(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            throw new NotUtf8Exception(String.format(Locale.ROOT,
                    "not UTF-8 text: byte 0x%02X at offset %d (save the file as UTF-8)", bytes[at] & 0xff, at));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

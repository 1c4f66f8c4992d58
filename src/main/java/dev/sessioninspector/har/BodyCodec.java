package dev.sessioninspector.har;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Decides how a body goes into a HAR: as text when it is clean UTF-8, else base64. */
final class BodyCodec {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private BodyCodec() {
    }

    /** The bytes as text, or null when they are not valid UTF-8 or hold control characters (binary). */
    static String asText(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    return null;
                }
            }
            return s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Decodes HAR content text: base64 when {@code encoding} says so, else UTF-8. */
    static byte[] decode(String text, String encoding) {
        if (text == null) {
            return new byte[0];
        }
        if (encoding != null && encoding.equalsIgnoreCase("base64")) {
            // Line breaks some writers insert are fine; any other stray character is an error.
            return Base64.getDecoder().decode(WHITESPACE.matcher(text).replaceAll(""));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

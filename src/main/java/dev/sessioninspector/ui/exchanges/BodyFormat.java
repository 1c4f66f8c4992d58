package dev.sessioninspector.ui.exchanges;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sessioninspector.model.Body;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How a body is shown: JSON pretty-printed, HTML/XML re-indented one tag per line, other text as it is,
 * binary as a hex dump. Only the first {@link #MAX_SHOWN} bytes are shown. No JavaFX.
 */
public final class BodyFormat {
    /** At most this many bytes are rendered. */
    public static final int MAX_SHOWN = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BodyFormat() {
    }

    /** The body as text for the detail pane; {@code contentType} may be null. */
    public static String render(Body body, String contentType) {
        if (body.keptSize() == 0) {
            return body.originalSize() > 0 ? "(" + body.originalSize() + " bytes, not kept)" : "(empty)";
        }
        byte[] bytes = body.bytes();
        int shown = Math.min(bytes.length, MAX_SHOWN);
        String suffix = body.truncated() || shown < bytes.length
                ? "\n… (" + shown + " of " + body.originalSize() + " bytes shown)" : "";
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (!isText(bytes, shown, type)) {
            return hex(bytes, shown) + suffix;
        }
        String text = new String(bytes, 0, shown, StandardCharsets.UTF_8);
        String trimmed = text.strip();
        if (type.contains("json") || (type.isEmpty() && (trimmed.startsWith("{") || trimmed.startsWith("[")))) {
            try {
                return JSON.writeValueAsString(JSON.readTree(text)) + suffix;
            } catch (Exception notJson) {
                return text + suffix;
            }
        }
        if (type.contains("html") || type.contains("xml") || trimmed.startsWith("<")) {
            return indentMarkup(text) + suffix;
        }
        return text + suffix;
    }

    static boolean isText(byte[] bytes, int n, String type) {
        if (type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/")
                || type.contains("octet-stream") || type.contains("font") || type.contains("zip")) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < Math.min(n, 4096); i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return control * 20 < Math.max(1, Math.min(n, 4096));
    }

    /** A hex dump: offset, 16 bytes in hex, the printable characters. */
    public static String hex(byte[] bytes, int n) {
        StringBuilder sb = new StringBuilder(n * 4 + 16);
        for (int off = 0; off < n; off += 16) {
            sb.append(String.format(Locale.ROOT, "%08x  ", off));
            for (int i = 0; i < 16; i++) {
                sb.append(off + i < n ? String.format(Locale.ROOT, "%02x ", bytes[off + i]) : "   ");
                if (i == 7) {
                    sb.append(' ');
                }
            }
            sb.append(' ');
            for (int i = off; i < Math.min(n, off + 16); i++) {
                int b = bytes[i] & 0xff;
                sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Puts each tag on its own line, indented by nesting depth (a reading aid, not a parser). */
    static String indentMarkup(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            int lt = text.indexOf('<', i);
            String chunk = (lt < 0 ? text.substring(i) : text.substring(i, lt)).strip();
            if (!chunk.isEmpty()) {
                out.append("  ".repeat(depth)).append(chunk).append('\n');
            }
            if (lt < 0) {
                break;
            }
            int gt = text.indexOf('>', lt);
            if (gt < 0) {
                out.append("  ".repeat(depth)).append(text.substring(lt)).append('\n');
                break;
            }
            String tag = text.substring(lt, gt + 1);
            boolean closing = tag.startsWith("</");
            boolean selfClosing = tag.endsWith("/>") || tag.startsWith("<!") || tag.startsWith("<?")
                    || isVoid(tag);
            if (closing) {
                depth = Math.max(0, depth - 1);
            }
            out.append("  ".repeat(depth)).append(tag).append('\n');
            if (!closing && !selfClosing) {
                depth++;
            }
            i = gt + 1;
        }
        return out.toString();
    }

    private static boolean isVoid(String tag) {
        String name = tag.substring(1).split("[\\s>/]", 2)[0].toLowerCase(Locale.ROOT);
        return switch (name) {
            case "br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track",
                 "wbr" -> true;
            default -> false;
        };
    }
}

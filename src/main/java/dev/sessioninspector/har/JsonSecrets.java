package dev.sessioninspector.har;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sessioninspector.model.JsonText;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Redacts JSON members whose name is secret ({@link SecretNames}) and pairs like {@code ["SESSIONID", id]}. A text
 * that does not parse (a truncated body, Angular's {@code )]}',} prefix) is walked by a hand-written scanner in one
 * pass: no regular expression, so no input can make it backtrack or overflow the stack.
 */
final class JsonSecrets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSecrets() {
    }

    /** The text with secret members redacted; each value removed is handed to {@code found}. */
    static String redact(String text, Consumer<String> found) {
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree != null && redact(tree, found)) {
                return JSON.writeValueAsString(tree);
            }
            return text;
        } catch (JsonProcessingException notJson) {
            return scan(text, found);
        }
    }

    private static boolean redact(JsonNode node, Consumer<String> found) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (SecretNames.isSecret(e.getKey()) && !e.getValue().isNull()) {
                    collect(e.getValue(), found);
                    e.setValue(TextNode.valueOf(Sanitizer.REDACTED));
                    changed = true;
                } else {
                    changed |= redact(e.getValue(), found);
                }
            }
        } else if (node instanceof ArrayNode array) {
            if (array.size() == 2 && array.get(0).isTextual() && SecretNames.isSecret(array.get(0).asText())
                    && array.get(1).isValueNode() && !array.get(1).isNull()) {
                collect(array.get(1), found);
                array.set(1, TextNode.valueOf(Sanitizer.REDACTED));
                return true;
            }
            for (JsonNode child : array) {
                changed |= redact(child, found);
            }
        }
        return changed;
    }

    private static void collect(JsonNode value, Consumer<String> found) {
        if (value.isValueNode()) {
            found.accept(value.asText());
        } else {
            value.forEach(child -> collect(child, found));
        }
    }

    /**
     * One pass over text that looks like JSON: a string followed by {@code :} is a member name; when it is secret,
     * the string or bare value after it is replaced by {@code "[redacted]"}.
     */
    static String scan(String text, Consumer<String> found) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c != '"') {
                out.append(c);
                i++;
                continue;
            }
            int end = JsonText.stringEnd(text, i);
            out.append(text, i, end);
            if (end >= n || text.charAt(end - 1) != '"' || end - i < 2) {
                i = end;
                continue;
            }
            String name = text.substring(i + 1, end - 1);
            int j = JsonText.skipSpace(text, end);
            if (j >= n || text.charAt(j) != ':' || !SecretNames.isSecret(name)) {
                i = end;
                continue;
            }
            int v = JsonText.skipSpace(text, j + 1);
            int valueEnd;
            if (v < n && text.charAt(v) == '"') {
                valueEnd = JsonText.stringEnd(text, v);
                found.accept(text.substring(v + 1, Math.max(v + 1, valueEnd - 1)));
            } else {
                valueEnd = v;
                while (valueEnd < n && ",}] \t\r\n".indexOf(text.charAt(valueEnd)) < 0) {
                    valueEnd++;
                }
                found.accept(text.substring(v, valueEnd));
            }
            if (valueEnd == v) { // nothing after the colon (a cut body)
                i = end;
                continue;
            }
            out.append(text, end, v).append('"').append(Sanitizer.REDACTED).append('"');
            i = valueEnd;
        }
        return out.toString();
    }
}

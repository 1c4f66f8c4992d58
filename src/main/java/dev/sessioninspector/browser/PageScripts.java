package dev.sessioninspector.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * The scripts the browser flow engine runs in the page. Every value from the flow file (selectors, form
 * fields, URLs) enters a script only as a JSON string literal, so it is data, never code; no Java object is
 * ever handed to the page. Each script returns a short string the engine reads: {@code "ok"},
 * {@code "missing"} (no element matches) or {@code "invalid: …"} (the selector does not parse).
 */
final class PageScripts {
    static final String OK = "ok";
    static final String MISSING = "missing";
    static final String INVALID = "invalid: ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageScripts() {
    }

    /** {@code text} as a JavaScript string literal. */
    static String literal(String text) {
        try {
            return JSON.writeValueAsString(text).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a string", e);
        }
    }

    /** Finds the element for {@code selector} and runs {@code action} (JavaScript using {@code el}) on it. */
    private static String onElement(String selector, String action) {
        return "(function (sel) {\n"
                + "  var el;\n"
                + "  try { el = document.querySelector(sel); } catch (e) { return 'invalid: ' + e.message; }\n"
                + "  if (!el) { return 'missing'; }\n"
                + action
                + "  return 'ok';\n"
                + "})(" + literal(selector) + ")";
    }

    /** Whether an element matches: {@code ok}, {@code missing} or {@code invalid: …}. */
    static String exists(String selector) {
        return onElement(selector, "");
    }

    /** Sets the element's value and fires {@code input} and {@code change}, as typing would. */
    static String fill(String selector, String value) {
        return onElement(selector, "  if (el.focus) { el.focus(); }\n"
                + "  el.value = " + literal(value) + ";\n"
                + "  el.dispatchEvent(new Event('input', { bubbles: true }));\n"
                + "  el.dispatchEvent(new Event('change', { bubbles: true }));\n");
    }

    /** Clicks the element (its default action runs: a submit button submits its form, a link navigates). */
    static String click(String selector) {
        return onElement(selector, "  el.click();\n");
    }

    /**
     * Builds a hidden {@code method=POST} form with one hidden input per field (in order), adds it to the page
     * and submits it, as a page's own form would be.
     */
    static String postForm(String action, Map<String, String> fields) {
        StringBuilder pairs = new StringBuilder("[");
        fields.forEach((name, value) -> {
            if (pairs.length() > 1) {
                pairs.append(", ");
            }
            pairs.append('[').append(literal(name)).append(", ").append(literal(value)).append(']');
        });
        pairs.append(']');
        return "(function (action, fields) {\n"
                + "  var f = document.createElement('form');\n"
                + "  f.method = 'POST';\n"
                + "  f.action = action;\n"
                + "  f.style.display = 'none';\n"
                + "  for (var i = 0; i < fields.length; i++) {\n"
                + "    var input = document.createElement('input');\n"
                + "    input.type = 'hidden';\n"
                + "    input.name = fields[i][0];\n"
                + "    input.value = fields[i][1];\n"
                + "    f.appendChild(input);\n"
                + "  }\n"
                + "  (document.body || document.documentElement).appendChild(f);\n"
                + "  HTMLFormElement.prototype.submit.call(f);\n"
                + "  return 'ok';\n"
                + "})(" + literal(action) + ", " + pairs + ")";
    }
}

package dev.sessioninspector.browser.flow;

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
    static final String FOREIGN = "foreign: ";
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

    /**
     * Sets the element's value and fires {@code input} and {@code change}, as typing would; a password field
     * is left alone, answering {@code foreign: <origin>}, when the page is not on {@code flowOrigin}.
     */
    static String fill(String selector, String value, String flowOrigin) {
        return onElement(selector, "  var o = location.protocol + '//' + location.hostname + ':' + (location.port"
                + " || (location.protocol === 'https:' ? '443' : '80'));\n"
                + "  if (String(el.type).toLowerCase() === 'password' && o !== " + literal(flowOrigin) + ") {"
                + " return 'foreign: ' + o; }\n"
                + "  if (el.focus) { el.focus(); }\n"
                + "  el.value = " + literal(value) + ";\n"
                + "  el.dispatchEvent(new Event('input', { bubbles: true }));\n"
                + "  el.dispatchEvent(new Event('change', { bubbles: true }));\n");
    }

    /** Clicks the element (its default action runs: a submit button submits its form, a link navigates). */
    static String click(String selector) {
        return onElement(selector, "  el.click();\n");
    }

    /** Whether the element is a password input: {@code ok}, {@code no}, {@code missing} or {@code invalid: …}. */
    static String isPassword(String selector) {
        return onElement(selector, "  if (String(el.type).toLowerCase() !== 'password') { return 'no'; }\n");
    }

    /**
     * A document of the engine's own (no script, nothing from the current page) holding one hidden
     * {@code method=POST} form to {@code action} with the fields in order; {@link #SUBMIT_DETACHED} submits it.
     */
    static String postPage(String action, Map<String, String> fields) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"></head><body>"
                + "<form id=\"flow-post\" method=\"POST\" accept-charset=\"utf-8\" action=\"")
                .append(attribute(action)).append("\">");
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(attribute(name))
                .append("\" value=\"").append(attribute(value)).append("\">"));
        return html.append("</form></body></html>").toString();
    }

    /** Submits the form of {@link #postPage} (only ever run in that document). */
    static final String SUBMIT_DETACHED = "(function () { document.getElementById('flow-post').submit(); return 'ok'; })()";

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r", "&#13;").replace("\n", "&#10;");
    }
}

package dev.sessioninspector.ui.autopilot;

import java.util.Objects;

/**
 * One step of the autopilot's script in the page: click the {@code index}-th element matching
 * {@code selector} (optionally waiting for the page it opens), or type {@code text} into it.
 *
 * @param narration what the status line tells the audience
 * @param selector  a CSS selector (the app's own constant, never page input)
 * @param index     which match
 * @param text      what to type, or null for a click
 * @param loads     the click opens a page: wait for it to finish loading
 */
record PageStep(String narration, String selector, int index, String text, boolean loads) {
    PageStep {
        Objects.requireNonNull(narration, "narration");
        Objects.requireNonNull(selector, "selector");
        if (selector.contains("'") || selector.contains("\\")) {
            throw new IllegalArgumentException("selectors are quoted into the script: no quotes or backslashes");
        }
    }

    static PageStep click(String narration, String selector, int index) {
        return new PageStep(narration, selector, index, null, true);
    }

    static PageStep type(String narration, String selector, String text) {
        return new PageStep(narration, selector, 0, text, false);
    }

    /** The element lookup, as script. */
    String element() {
        return "document.querySelectorAll('" + selector + "')[" + index + "]";
    }

    /** Script that clicks the element; evaluates to false when it is missing. */
    String clickScript() {
        return "(function(){var e=" + element() + ";if(!e)return false;"
                + "if(e.scrollIntoView)e.scrollIntoView({block:'center'});e.click();return true;})()";
    }

    /** Script that sets the element's value to the first {@code n} characters of the text. */
    String typeScript(int n) {
        StringBuilder literal = new StringBuilder("'");
        for (char c : text.substring(0, n).toCharArray()) {
            literal.append(String.format("\\u%04x", (int) c));
        }
        literal.append('\'');
        return "(function(){var e=" + element() + ";if(!e)return false;e.focus();e.value=" + literal
                + ";return true;})()";
    }
}

package dev.sessioninspector.browser;

import javafx.css.PseudoClass;

/** Pseudo-classes the stylesheet knows, shared by the browser chrome and the app shell. */
public final class Styles {
    /** The address bar holds text that is not a web address. */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** A page or switch state that leaves the session exposed. */
    public static final PseudoClass INSECURE = PseudoClass.getPseudoClass("insecure");

    private Styles() {
    }
}

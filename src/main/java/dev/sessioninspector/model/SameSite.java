package dev.sessioninspector.model;

/** The SameSite attribute of a cookie; {@code UNSPECIFIED} when the server sent none. */
public enum SameSite {
    STRICT, LAX, NONE, UNSPECIFIED
}

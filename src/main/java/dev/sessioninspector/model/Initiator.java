package dev.sessioninspector.model;

/** What made the browser send a request, where it can be told. */
public enum Initiator {
    DOCUMENT, FORM, XHR, SUBRESOURCE, REDIRECT, PROBE, FLOW, UNKNOWN
}

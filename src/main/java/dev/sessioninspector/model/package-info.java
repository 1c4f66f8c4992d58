/**
 * Immutable domain records shared by every other package: recordings, exchanges, headers, cookies,
 * cookie events, markers, findings, severities and token samples. Depends on the JDK only.
 */
package dev.sessioninspector.model;

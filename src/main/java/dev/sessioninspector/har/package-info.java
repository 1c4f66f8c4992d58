/**
 * HAR 1.2 import and export of recordings ({@link dev.sessioninspector.har.HarImporter},
 * {@link dev.sessioninspector.har.HarExporter}), with sanitizing of secrets on export. Imports stream the
 * file entry by entry with Jackson's {@code JsonParser}. Depends on {@code model} and {@code cookie}.
 */
package dev.sessioninspector.har;

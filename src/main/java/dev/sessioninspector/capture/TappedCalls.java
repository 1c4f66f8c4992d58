package dev.sessioninspector.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Map;

/**
 * The calls of a captured connection that its {@link ExchangeTap} sees: connecting, the streams, the status,
 * request properties and the response headers. {@code CapturedHttpConnection} and
 * {@code CapturedHttpsConnection} are generated at build time ({@code src/build/java/ForwarderGenerator.java}):
 * every public method of their JDK superclass goes to the JDK's own connection, except those declared here
 * (the generator's {@code TAPPED} list), which come here. So the two share this one implementation.
 */
final class TappedCalls {
    private final HttpURLConnection d;
    private final ExchangeTap tap;

    TappedCalls(HttpURLConnection delegate, ExchangeTap tap) {
        this.d = delegate;
        this.tap = tap;
    }

    public void connect() throws IOException {
        tap.io(() -> {
            d.connect();
            return null;
        });
    }

    public void disconnect() {
        try {
            d.disconnect();
        } finally {
            tap.disconnected();
        }
    }

    public OutputStream getOutputStream() throws IOException {
        return tap.output(tap.io(d::getOutputStream));
    }

    public InputStream getInputStream() throws IOException {
        return tap.input(tap.io(d::getInputStream));
    }

    public InputStream getErrorStream() {
        return tap.error(d.getErrorStream());
    }

    public int getResponseCode() throws IOException {
        int status = tap.io(d::getResponseCode);
        tap.statusRead(status);
        return status;
    }

    public String getResponseMessage() throws IOException {
        return tap.io(d::getResponseMessage);
    }

    public void setRequestProperty(String key, String value) {
        d.setRequestProperty(key, value);
        tap.requestProperty(key, value, true);
    }

    public void addRequestProperty(String key, String value) {
        d.addRequestProperty(key, value);
        tap.requestProperty(key, value, false);
    }

    public String getHeaderField(String name) {
        return tap.quietIo(() -> tap.headerField(name));
    }

    public String getHeaderField(int n) {
        return tap.quietIo(() -> tap.headerField(n));
    }

    public String getHeaderFieldKey(int n) {
        return tap.quietIo(() -> d.getHeaderFieldKey(n));
    }

    public Map<String, List<String>> getHeaderFields() {
        return tap.quietIo(tap::headerFields);
    }

    public long getHeaderFieldDate(String name, long defaultValue) {
        return tap.quietIo(() -> d.getHeaderFieldDate(name, defaultValue));
    }

    public int getHeaderFieldInt(String name, int defaultValue) {
        return tap.quietIo(() -> d.getHeaderFieldInt(name, defaultValue));
    }

    public long getHeaderFieldLong(String name, long defaultValue) {
        return tap.quietIo(() -> d.getHeaderFieldLong(name, defaultValue));
    }

    public String getContentType() {
        return tap.quietIo(d::getContentType);
    }

    public String getContentEncoding() {
        return tap.quietIo(d::getContentEncoding);
    }

    public int getContentLength() {
        return tap.quietIo(d::getContentLength);
    }

    public long getContentLengthLong() {
        return tap.quietIo(d::getContentLengthLong);
    }

    public long getDate() {
        return tap.quietIo(d::getDate);
    }

    public long getExpiration() {
        return tap.quietIo(d::getExpiration);
    }

    public long getLastModified() {
        return tap.quietIo(d::getLastModified);
    }

    public Object getContent() throws IOException {
        return tap.io(d::getContent);
    }

    public Object getContent(Class<?>[] classes) throws IOException {
        return tap.io(() -> d.getContent(classes));
    }
}

package dev.sessioninspector.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.net.URL;
import java.security.Permission;
import java.util.List;
import java.util.Map;

/**
 * An {@link HttpURLConnection} that behaves exactly like the JDK's (every call is delegated) while its
 * {@link ExchangeTap} records the exchange.
 */
final class CapturedHttpConnection extends HttpURLConnection {
    private final HttpURLConnection d;
    private final ExchangeTap tap;

    CapturedHttpConnection(HttpURLConnection delegate, ExchangeTap tap) {
        super(delegate.getURL());
        this.d = delegate;
        this.tap = tap;
    }

    @Override
    public void connect() throws IOException {
        tap.io(() -> {
            d.connect();
            return null;
        });
    }

    @Override
    public void disconnect() {
        try {
            d.disconnect();
        } finally {
            tap.disconnected();
        }
    }

    @Override
    public boolean usingProxy() {
        return d.usingProxy();
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return tap.output(tap.io(d::getOutputStream));
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return tap.input(tap.io(d::getInputStream));
    }

    @Override
    public InputStream getErrorStream() {
        return tap.error(d.getErrorStream());
    }

    @Override
    public int getResponseCode() throws IOException {
        int status = tap.io(d::getResponseCode);
        tap.statusRead(status);
        return status;
    }

    @Override
    public String getResponseMessage() throws IOException {
        return tap.io(d::getResponseMessage);
    }

    @Override
    public void setRequestMethod(String m) throws ProtocolException {
        d.setRequestMethod(m);
    }

    @Override
    public String getRequestMethod() {
        return d.getRequestMethod();
    }

    @Override
    public void setRequestProperty(String key, String value) {
        d.setRequestProperty(key, value);
        tap.requestProperty(key, value, true);
    }

    @Override
    public void addRequestProperty(String key, String value) {
        d.addRequestProperty(key, value);
        tap.requestProperty(key, value, false);
    }

    @Override
    public String getRequestProperty(String key) {
        return d.getRequestProperty(key);
    }

    @Override
    public Map<String, List<String>> getRequestProperties() {
        return d.getRequestProperties();
    }

    @Override
    public String getHeaderField(String name) {
        return tap.quietIo(() -> tap.headerField(name));
    }

    @Override
    public String getHeaderField(int n) {
        return tap.quietIo(() -> tap.headerField(n));
    }

    @Override
    public String getHeaderFieldKey(int n) {
        return tap.quietIo(() -> d.getHeaderFieldKey(n));
    }

    @Override
    public Map<String, List<String>> getHeaderFields() {
        return tap.quietIo(tap::headerFields);
    }

    @Override
    public long getHeaderFieldDate(String name, long defaultValue) {
        return tap.quietIo(() -> d.getHeaderFieldDate(name, defaultValue));
    }

    @Override
    public int getHeaderFieldInt(String name, int defaultValue) {
        return tap.quietIo(() -> d.getHeaderFieldInt(name, defaultValue));
    }

    @Override
    public long getHeaderFieldLong(String name, long defaultValue) {
        return tap.quietIo(() -> d.getHeaderFieldLong(name, defaultValue));
    }

    @Override
    public String getContentType() {
        return tap.quietIo(d::getContentType);
    }

    @Override
    public String getContentEncoding() {
        return tap.quietIo(d::getContentEncoding);
    }

    @Override
    public int getContentLength() {
        return tap.quietIo(d::getContentLength);
    }

    @Override
    public long getContentLengthLong() {
        return tap.quietIo(d::getContentLengthLong);
    }

    @Override
    public long getDate() {
        return tap.quietIo(d::getDate);
    }

    @Override
    public long getExpiration() {
        return tap.quietIo(d::getExpiration);
    }

    @Override
    public long getLastModified() {
        return tap.quietIo(d::getLastModified);
    }

    @Override
    public Object getContent() throws IOException {
        return tap.io(d::getContent);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getContent(Class[] classes) throws IOException {
        return tap.io(() -> d.getContent(classes));
    }

    @Override
    public Permission getPermission() throws IOException {
        return d.getPermission();
    }

    @Override
    public URL getURL() {
        return d.getURL();
    }

    @Override
    public void setFixedLengthStreamingMode(int contentLength) {
        d.setFixedLengthStreamingMode(contentLength);
    }

    @Override
    public void setFixedLengthStreamingMode(long contentLength) {
        d.setFixedLengthStreamingMode(contentLength);
    }

    @Override
    public void setChunkedStreamingMode(int chunklen) {
        d.setChunkedStreamingMode(chunklen);
    }

    @Override
    public void setInstanceFollowRedirects(boolean follow) {
        d.setInstanceFollowRedirects(follow);
    }

    @Override
    public boolean getInstanceFollowRedirects() {
        return d.getInstanceFollowRedirects();
    }

    @Override
    public void setAuthenticator(Authenticator auth) {
        d.setAuthenticator(auth);
    }

    @Override
    public void setConnectTimeout(int timeout) {
        d.setConnectTimeout(timeout);
    }

    @Override
    public int getConnectTimeout() {
        return d.getConnectTimeout();
    }

    @Override
    public void setReadTimeout(int timeout) {
        d.setReadTimeout(timeout);
    }

    @Override
    public int getReadTimeout() {
        return d.getReadTimeout();
    }

    @Override
    public void setDoInput(boolean doInput) {
        d.setDoInput(doInput);
    }

    @Override
    public boolean getDoInput() {
        return d.getDoInput();
    }

    @Override
    public void setDoOutput(boolean doOutput) {
        d.setDoOutput(doOutput);
    }

    @Override
    public boolean getDoOutput() {
        return d.getDoOutput();
    }

    @Override
    public void setAllowUserInteraction(boolean allow) {
        d.setAllowUserInteraction(allow);
    }

    @Override
    public boolean getAllowUserInteraction() {
        return d.getAllowUserInteraction();
    }

    @Override
    public void setUseCaches(boolean useCaches) {
        d.setUseCaches(useCaches);
    }

    @Override
    public boolean getUseCaches() {
        return d.getUseCaches();
    }

    @Override
    public void setIfModifiedSince(long since) {
        d.setIfModifiedSince(since);
    }

    @Override
    public long getIfModifiedSince() {
        return d.getIfModifiedSince();
    }

    @Override
    public void setDefaultUseCaches(boolean defaultUseCaches) {
        d.setDefaultUseCaches(defaultUseCaches);
    }

    @Override
    public boolean getDefaultUseCaches() {
        return d.getDefaultUseCaches();
    }

    @Override
    public String toString() {
        return d.toString();
    }
}

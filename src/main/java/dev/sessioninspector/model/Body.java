package dev.sessioninspector.model;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A request or response body as recorded: the bytes kept (possibly capped) and the size the body really
 * had. The byte array is copied in and out, so a body never changes after it is made.
 */
public record Body(byte[] bytes, long originalSize) {
    public static final Body EMPTY = new Body(new byte[0], 0);

    public Body {
        bytes = bytes == null ? new byte[0] : bytes.clone();
        if (originalSize < bytes.length) {
            throw new IllegalArgumentException("originalSize " + originalSize + " < kept " + bytes.length);
        }
    }

    public static Body of(byte[] bytes) {
        return bytes == null ? EMPTY : new Body(bytes, bytes.length);
    }

    public static Body ofText(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int keptSize() {
        return bytes.length;
    }

    public boolean truncated() {
        return originalSize > bytes.length;
    }

    public boolean isEmpty() {
        return originalSize == 0;
    }

    public String text(Charset charset) {
        return new String(bytes, charset);
    }

    public String text() {
        return text(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Body b && b.originalSize == originalSize && Arrays.equals(b.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + Long.hashCode(originalSize);
    }

    @Override
    public String toString() {
        return "Body[" + bytes.length + " of " + originalSize + " bytes]";
    }
}

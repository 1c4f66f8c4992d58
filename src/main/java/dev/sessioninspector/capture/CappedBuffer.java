package dev.sessioninspector.capture;

import dev.sessioninspector.model.Body;
import java.util.Arrays;

/** Keeps the first {@code cap} bytes written to it and counts them all. Not thread-safe. */
final class CappedBuffer {
    private final int cap;
    private byte[] data = new byte[0];
    private int kept;
    private long total;

    CappedBuffer(int cap) {
        this.cap = cap;
    }

    /** A buffer sized up front for a body of {@code expected} bytes (-1 when unknown). */
    CappedBuffer(int cap, long expected) {
        this.cap = cap;
        if (expected > 0) {
            data = new byte[(int) Math.min(cap, expected)];
        }
    }

    void write(int b) {
        total++;
        if (kept < cap) {
            ensure(kept + 1);
            data[kept++] = (byte) b;
        }
    }

    void write(byte[] b, int off, int len) {
        if (len <= 0) {
            return;
        }
        total += len;
        int room = cap - kept;
        if (room <= 0) {
            return;
        }
        int n = Math.min(room, len);
        ensure(kept + n);
        System.arraycopy(b, off, data, kept, n);
        kept += n;
    }

    private void ensure(int size) {
        if (size > data.length) {
            int grown = Math.max(size, Math.min(cap, Math.max(1024, data.length * 2)));
            data = Arrays.copyOf(data, grown);
        }
    }

    long total() {
        return total;
    }

    boolean truncated() {
        return total > kept;
    }

    byte[] kept() {
        return Arrays.copyOf(data, kept);
    }

    Body toBody() {
        // Body copies its array: hand over ours directly when it is exactly full
        return new Body(kept == data.length ? data : kept(), total);
    }
}

package dev.sessioninspector.capture;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a response body through unchanged while copying it (capped) to the exchange being recorded; tells
 * the exchange when the body has ended or the stream was closed, whichever comes first.
 */
final class TeeInputStream extends FilterInputStream {
    private final ExchangeTap tap;
    private final CappedBuffer copy;

    TeeInputStream(InputStream in, ExchangeTap tap, CappedBuffer copy) {
        super(in);
        this.tap = tap;
        this.copy = copy;
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = super.read();
        } catch (IOException e) {
            tap.bodyFailed(e);
            throw e;
        }
        if (b < 0) {
            tap.bodyEnded();
        } else {
            synchronized (copy) {
                copy.write(b);
            }
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException e) {
            tap.bodyFailed(e);
            throw e;
        }
        if (n < 0) {
            tap.bodyEnded();
        } else {
            synchronized (copy) {
                copy.write(b, off, n);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are still part of the body: read them so the copy stays whole.
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            tap.bodyEnded();
        }
    }
}

package dev.sessioninspector.capture;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Sends a request body through unchanged while copying it (capped) to the exchange being recorded. */
final class TeeOutputStream extends FilterOutputStream {
    private final CappedBuffer copy;

    TeeOutputStream(OutputStream out, CappedBuffer copy) {
        super(out);
        this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        synchronized (copy) {
            copy.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        synchronized (copy) {
            copy.write(b, off, len);
        }
    }
}

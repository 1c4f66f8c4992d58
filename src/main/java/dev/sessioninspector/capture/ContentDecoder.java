package dev.sessioninspector.capture;

import dev.sessioninspector.model.Body;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes {@code Content-Encoding: gzip} or {@code deflate} on a recorded response body, so bodies are kept
 * as the page saw them. The decoded body is capped like any other; its full size is counted up to
 * {@value #COUNT_LIMIT_FACTOR}× the cap (a guard against compression bombs). A body whose encoded form was
 * itself cut by the cap, an unknown encoding, or corrupt data is kept as received.
 */
final class ContentDecoder {
    static final int COUNT_LIMIT_FACTOR = 64;

    private ContentDecoder() {
    }

    static Body decode(Body raw, String contentEncoding, int cap) {
        if (raw == null || raw.isEmpty() || contentEncoding == null || raw.truncated()) {
            return raw;
        }
        String enc = contentEncoding.trim().toLowerCase(Locale.ROOT);
        if (!enc.equals("gzip") && !enc.equals("x-gzip") && !enc.equals("deflate")) {
            return raw;
        }
        try (InputStream in = enc.equals("deflate")
                ? new InflaterInputStream(new ByteArrayInputStream(raw.bytes()))
                : new GZIPInputStream(new ByteArrayInputStream(raw.bytes()))) {
            CappedBuffer out = new CappedBuffer(cap);
            long limit = Math.max((long) cap * COUNT_LIMIT_FACTOR, 1L << 20);
            byte[] buffer = new byte[8192];
            while (out.total() < limit) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (EOFException e) {
                    n = -1;
                }
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.toBody();
        } catch (IOException | RuntimeException e) {
            return raw;
        }
    }
}

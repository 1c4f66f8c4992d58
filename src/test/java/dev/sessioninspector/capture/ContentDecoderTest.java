package dev.sessioninspector.capture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Body;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecoderTest {
    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void decodesGzipAndDeflate() throws IOException {
        byte[] data = "abc".repeat(100).getBytes();
        assertThat(ContentDecoder.decode(Body.of(gzip(data)), "gzip", 1 << 20).bytes()).isEqualTo(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out)) {
            d.write(data);
        }
        assertThat(ContentDecoder.decode(Body.of(out.toByteArray()), "Deflate", 1 << 20).bytes()).isEqualTo(data);
    }

    @Test
    void capsTheDecodedBodyAndCountsItsSize() throws IOException {
        byte[] data = new byte[100_000];
        Body decoded = ContentDecoder.decode(Body.of(gzip(data)), "gzip", 1000);
        assertThat(decoded.keptSize()).isEqualTo(1000);
        assertThat(decoded.originalSize()).isEqualTo(100_000);
    }

    @Test
    void stopsCountingACompressionBomb() throws IOException {
        byte[] data = new byte[20_000_000];
        Body decoded = ContentDecoder.decode(Body.of(gzip(data)), "gzip", 1000);
        assertThat(decoded.keptSize()).isEqualTo(1000);
        assertThat(decoded.originalSize()).isLessThan(data.length).isGreaterThanOrEqualTo(1 << 20);
    }

    @Test
    void keepsWhatItCannotDecode() {
        Body corrupt = Body.of(new byte[] {1, 2, 3});
        assertThat(ContentDecoder.decode(corrupt, "gzip", 100)).isSameAs(corrupt);
        Body br = Body.of(new byte[] {1, 2, 3});
        assertThat(ContentDecoder.decode(br, "br", 100)).isSameAs(br);
        Body cut = new Body(new byte[] {0x1f, (byte) 0x8b}, 5000);
        assertThat(ContentDecoder.decode(cut, "gzip", 100)).isSameAs(cut);
    }
}

package dev.sessioninspector.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.sessioninspector.har.HarImport;
import dev.sessioninspector.har.HarImporter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * HAR import benchmark: generates a Chrome-shaped HAR with 50,000 entries (headers, cookies, text and
 * base64 bodies, redirects, failures), then imports it several times and prints wall time, throughput and
 * peak heap. Run: {@code mvn -q test-compile exec:exec -Dexec.args="-Xmx1g -cp %classpath
 * dev.sessioninspector.bench.HarImportBench [entries] [runs]"}.
 */
public final class HarImportBench {
    private HarImportBench() {
    }

    public static void main(String[] args) throws IOException {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("bench-", ".har");
        try {
            generate(file, entries);
            System.out.printf("HAR: %,d entries, %,.1f MB%n", entries, Files.size(file) / 1e6);
            HarImporter importer = new HarImporter(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
            List<Long> times = new ArrayList<>();
            long peak = 0;
            long retained = 0;
            for (int run = 0; run <= runs; run++) {
                System.gc();
                resetPeaks();
                long t0 = System.nanoTime();
                HarImport result = importer.read(file);
                long elapsed = System.nanoTime() - t0;
                long runPeak = heapPeak();
                System.gc();
                long live = usedHeap();
                if (result.data().exchanges().size() != entries - entries / 100) {
                    throw new IllegalStateException("imported " + result.data().exchanges().size());
                }
                String label = run == 0 ? "warm-up" : "run " + run;
                System.out.printf("%-8s %6d ms  %,8.0f entries/s  peak heap %5d MB  retained %4d MB  "
                        + "(%d exchanges, %d cookie events, %d warnings)%n", label, elapsed / 1_000_000,
                        entries / (elapsed / 1e9), runPeak >> 20, live >> 20, result.data().exchanges().size(),
                        result.data().cookieEvents().size(), result.warnings().size());
                if (run > 0) {
                    times.add(elapsed);
                    peak = Math.max(peak, runPeak);
                    retained = live;
                }
                result = null;
            }
            times.sort(null);
            System.out.printf("median %d ms, best %d ms; peak heap (sum of pool peaks) %d MB; result retained %d MB;"
                    + " max heap %d MB%n", times.get(times.size() / 2) / 1_000_000, times.get(0) / 1_000_000,
                    peak >> 20, retained >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** 1% of entries are data: URLs (skipped); every 10th sets a cookie; every 50th fails; some are binary. */
    static void generate(Path file, int entries) throws IOException {
        Random random = new Random(42);
        byte[] png = new byte[600];
        random.nextBytes(png);
        String pngBase64 = Base64.getEncoder().encodeToString(png);
        StringBuilder html = new StringBuilder();
        while (html.length() < 900) {
            html.append("<li><a href=\"/product/").append(html.length()).append("\">Tea</a></li>");
        }
        Instant start = Instant.parse("2024-05-06T09:00:00Z");
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("log");
            g.writeStringField("version", "1.2");
            g.writeObjectFieldStart("creator");
            g.writeStringField("name", "WebInspector");
            g.writeStringField("version", "537.36");
            g.writeEndObject();
            g.writeArrayFieldStart("entries");
            for (int i = 0; i < entries; i++) {
                boolean data = i % 100 == 99;
                boolean failed = i % 50 == 7;
                boolean image = i % 3 == 1;
                String url = data ? "data:image/png;base64,AAAA" : "http://shop.example/page/" + i + "?q=" + i;
                g.writeStartObject();
                g.writeStringField("_resourceType", image ? "image" : "document");
                g.writeObjectFieldStart("_initiator");
                g.writeStringField("type", "parser");
                g.writeEndObject();
                g.writeStringField("startedDateTime", start.plusMillis(i * 20L).toString());
                g.writeNumberField("time", 3.5 + (i % 17));
                g.writeObjectFieldStart("request");
                g.writeStringField("method", i % 20 == 5 ? "POST" : "GET");
                g.writeStringField("url", url);
                g.writeStringField("httpVersion", "HTTP/1.1");
                g.writeArrayFieldStart("headers");
                header(g, "Host", "shop.example");
                header(g, "User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/124.0.0.0");
                header(g, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
                header(g, "Accept-Language", "de-DE,de;q=0.9,en;q=0.8");
                header(g, "Accept-Encoding", "gzip, deflate");
                header(g, "Cookie", "sid=s" + (i / 10) + "; theme=dark; consent=yes");
                header(g, "Referer", "http://shop.example/page/" + Math.max(0, i - 1));
                g.writeEndArray();
                g.writeArrayFieldStart("queryString");
                g.writeEndArray();
                g.writeArrayFieldStart("cookies");
                g.writeEndArray();
                g.writeNumberField("headersSize", -1);
                g.writeNumberField("bodySize", 0);
                g.writeEndObject();
                g.writeObjectFieldStart("response");
                g.writeNumberField("status", failed ? 0 : 200);
                g.writeStringField("statusText", failed ? "" : "OK");
                g.writeStringField("httpVersion", "HTTP/1.1");
                g.writeArrayFieldStart("headers");
                if (!failed) {
                    header(g, "Content-Type", image ? "image/png" : "text/html; charset=utf-8");
                    header(g, "Cache-Control", "no-store");
                    header(g, "Date", "Mon, 06 May 2024 09:00:00 GMT");
                    header(g, "Server", "bench");
                    if (i % 10 == 0) {
                        header(g, "Set-Cookie", "sid=s" + (i / 10) + "; Path=/; HttpOnly; SameSite=Lax");
                    }
                }
                g.writeEndArray();
                g.writeArrayFieldStart("cookies");
                g.writeEndArray();
                g.writeObjectFieldStart("content");
                g.writeNumberField("size", failed ? 0 : image ? png.length : html.length());
                g.writeStringField("mimeType", image ? "image/png" : "text/html");
                if (!failed) {
                    g.writeStringField("text", image ? pngBase64 : html.toString());
                    if (image) {
                        g.writeStringField("encoding", "base64");
                    }
                }
                g.writeEndObject();
                g.writeStringField("redirectURL", "");
                g.writeNumberField("headersSize", -1);
                g.writeNumberField("bodySize", -1);
                if (failed) {
                    g.writeStringField("_error", "net::ERR_CONNECTION_RESET");
                }
                g.writeEndObject();
                g.writeObjectFieldStart("cache");
                g.writeEndObject();
                g.writeObjectFieldStart("timings");
                g.writeNumberField("send", 0.1);
                g.writeNumberField("wait", 3);
                g.writeNumberField("receive", 0.4);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void header(JsonGenerator g, String name, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("value", value);
        g.writeEndObject();
    }
}

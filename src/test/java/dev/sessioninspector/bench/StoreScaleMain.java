package dev.sessioninspector.bench;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.store.RecordingWriter;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Measures the store at the GUI's scale: writes 50,000 exchanges (4 KiB response bodies) through a
 * RecordingWriter, then times the calls a listing makes. Run: {@code java -cp <test classpath>
 * dev.sessioninspector.bench.StoreScaleMain [count]}.
 */
public final class StoreScaleMain {
    private StoreScaleMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path dir = Files.createTempDirectory("store-scale");
        Path file = dir.resolve("scale.db");
        byte[] body = new byte[4096];
        Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
        try (Project p = Project.open(file)) {
            RecordingWriter w = p.writer(p.createRecording("scale", null));
            long start = System.nanoTime();
            long maxCall = 0;
            for (int i = 0; i < count; i++) {
                Exchange e = new Exchange(0, 0, t0.plusMillis(i), Duration.ofMillis(3), "GET",
                        URI.create("http://127.0.0.1:8080/item/" + i),
                        Headers.of("Host", "127.0.0.1:8080", "Cookie", "SESSIONID=abc" + i, "Accept", "*/*"), Body.EMPTY,
                        200, Headers.of("Content-Type", "text/html", "Set-Cookie", "x=" + i), Body.of(body),
                        Initiator.DOCUMENT, null, null);
                long c = System.nanoTime();
                w.exchange(e);
                maxCall = Math.max(maxCall, System.nanoTime() - c);
            }
            long handedOver = System.nanoTime();
            w.close();
            long committed = System.nanoTime();
            out.printf("write: %d exchanges handed over in %d ms (slowest call %.1f µs), all committed after %d ms"
                    + " (%.0f exchanges/s)%n", count, (handedOver - start) / 1_000_000, maxCall / 1000.0,
                    (committed - start) / 1_000_000, count / ((committed - start) / 1e9));
            long id = p.recordings().get(0).id();
            time(out, "exchangeCount", () -> p.exchangeCount(id));
            time(out, "first page of 50 summaries", () -> p.exchanges(id, 0, 50));
            time(out, "last page of 50 summaries", () -> p.exchanges(id, count - 50, 50));
            time(out, "all summaries", () -> p.exchanges(id, 0, count));
            time(out, "one exchange with bodies", () -> p.exchange(count / 2));
            time(out, "load whole recording", () -> p.load(id));
        }
        out.printf("file: %d MiB%n", Files.size(file) >> 20);
    }

    private static void time(PrintStream out, String what, java.util.function.Supplier<?> call) {
        call.get();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            call.get();
            best = Math.min(best, System.nanoTime() - s);
        }
        out.printf("%-28s %8.2f ms%n", what, best / 1e6);
    }
}

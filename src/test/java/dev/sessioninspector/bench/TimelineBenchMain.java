package dev.sessioninspector.bench;

import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.ui.inspect.ViewFixtures;
import dev.sessioninspector.ui.timeline.TimelineLayout;
import dev.sessioninspector.ui.timeline.TimelineModel;
import dev.sessioninspector.ui.timeline.TimelinePainter;
import dev.sessioninspector.ui.timeline.TimelinePalette;
import dev.sessioninspector.ui.timeline.Viewport;
import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;

/**
 * Times the timeline on 50,000 exchanges: building the model (off the FX thread), a hit test (what hover
 * and click do), and a redraw of a 1440×400 canvas, whole recording and zoomed, with and without the
 * rasterisation ({@code snapshot}) that the software pipeline does on the next pulse. Prints medians.
 * Run headless: {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -cp <test classpath> dev.sessioninspector.bench.TimelineBenchMain [exchanges]}.
 */
public final class TimelineBenchMain {
    private TimelineBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        RecordingData data = ViewFixtures.synthetic(n);
        Set<Long> badges = Set.of(10L, 1000L, 25_000L, 49_000L);
        TimelineModel model = TimelineModel.build(data, null, badges);
        report("model build", median(15, () -> time(() -> TimelineModel.build(data, null, badges))));

        SplittableRandom rnd = new SplittableRandom(1);
        long[] probes = rnd.longs(1_000_000, 0, model.end()).toArray();
        long tolerance = model.end() / 1400 * 5;
        reportNs("hit test (per call)", median(9, () -> {
            long start = System.nanoTime();
            long sink = 0;
            for (long t : probes) {
                sink += model.nearest(t, tolerance);
            }
            if (sink == 42) {
                System.out.print("");
            }
            return (System.nanoTime() - start) / probes.length;
        }));

        Platform.startup(() -> { });
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Canvas canvas = new Canvas(1440, 400);
                TimelinePainter painter = new TimelinePainter(new TimelineLayout(12));
                Viewport all = Viewport.all(model.end());
                Viewport zoomed = new Viewport(model.end() * 0.4, model.end() * 0.41);
                for (Viewport v : new Viewport[] {all, zoomed}) {
                    String what = v == all ? "whole recording" : "zoomed to 1%";
                    report("redraw, " + what, median(21, () -> time(() -> painter.paint(canvas.getGraphicsContext2D(),
                            model, v, 1440, 400, TimelinePalette.LIGHT, Set.of(25_000L), 100))));
                    report("redraw + rasterise, " + what, median(11, () -> time(() -> {
                        painter.paint(canvas.getGraphicsContext2D(), model, v, 1440, 400, TimelinePalette.LIGHT,
                                Set.of(25_000L), 100);
                        canvas.snapshot(null, null);
                    })));
                }
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
        Platform.exit();
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }

    private static long median(int runs, LongSupplier run) {
        for (int i = 0; i < 3; i++) {
            run.getAsLong();
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            t[i] = run.getAsLong();
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    private static void reportNs(String what, long nanos) {
        System.out.printf("%-40s %10d ns%n", what, nanos);
    }

    private static void report(String what, long nanos) {
        System.out.printf("%-40s %10.3f ms%n", what, nanos / 1e6);
    }
}

package dev.sessioninspector.store;

import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Recording;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A process that records into a project without end, for {@link KillDuringRecordingTest}: it prints
 * {@code committed N} each time the store reports an exchange committed, until it is killed.
 */
public final class RecordingChild {
    private RecordingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        Project project = Project.open(Path.of(args[0]));
        Recording rec = project.createRecording("killed while recording", null);
        RecordingWriter writer = project.writer(rec);
        AtomicLong committed = new AtomicLong();
        writer.addListener(new StoreListener() {
            @Override
            public void exchangeStored(Exchange exchange) {
                out.println("committed " + committed.incrementAndGet());
                out.flush();
            }
        });
        for (long n = 1; ; n++) {
            long reserved = writer.reserveExchangeId();
            writer.cookieEvent(Samples.set(Samples.cookie("SESSIONID", "v" + n), reserved));
            writer.exchange(Samples.exchange(n).withId(reserved));
            while (writer.counts().pending() > 200) {
                Thread.sleep(1);
            }
        }
    }
}

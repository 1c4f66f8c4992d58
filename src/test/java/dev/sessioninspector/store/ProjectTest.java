package dev.sessioninspector.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.StorageSnapshot;
import dev.sessioninspector.testkit.SqliteCheck;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void whatARecordingWriterIsGivenComesBackFromLoadExactly() {
        Path file = dir.resolve("p.db");
        List<Exchange> written = new ArrayList<>();
        Recording rec;
        try (Project p = Project.open(file, CLOCK)) {
            rec = p.createRecording("  Tea shop ", URI.create("http://127.0.0.1:8080"));
            assertThat(rec.id()).isPositive();
            assertThat(rec.name()).isEqualTo("Tea shop");
            try (RecordingWriter w = p.writer(rec)) {
                for (int n = 1; n <= 30; n++) {
                    long id = w.exchange(Samples.exchange(n));
                    written.add(Samples.exchange(n).withId(id).withRecordingId(rec.id()));
                }
                long reserved = w.reserveExchangeId();
                Cookie c = Samples.cookie("SESSIONID", "abc");
                w.cookieEvent(Samples.set(c, reserved));
                w.cookieEvent(new CookieEvent(0, 0, Samples.T0.plusSeconds(1), CookieEvent.Kind.CHANGED,
                        CookieEvent.Source.SCRIPT, c.withValue("def"), c, null, null));
                w.exchange(Samples.exchange(31).withId(reserved));
                written.add(Samples.exchange(31).withId(reserved).withRecordingId(rec.id()));
                w.marker(new Marker(0, 0, Samples.T0.plusMillis(5), Marker.Kind.LOGIN, Marker.Source.FLOW, "step 3", 3L));
                w.storage(new StorageSnapshot(0, 0, Samples.T0, "http://127.0.0.1:8080", StorageSnapshot.Area.LOCAL,
                        Map.of("token", "eyJ", "theme", "dark")));
            }
        }
        try (Project p = Project.open(file, CLOCK)) {
            RecordingData data = p.load(rec.id());
            assertThat(data.recording().ended()).isEqualTo(CLOCK.instant());
            assertThat(data.exchanges()).containsExactlyElementsOf(written);
            assertThat(data.exchanges().get(5).responseBody().truncated()).isTrue();
            assertThat(data.cookieEvents()).hasSize(2);
            CookieEvent first = data.cookieEvents().get(0);
            assertThat(first.id()).isPositive();
            assertThat(first.cookie()).isEqualTo(Samples.cookie("SESSIONID", "abc"));
            assertThat(first.exchangeId()).isEqualTo(written.get(30).id());
            assertThat(data.cookieEvents().get(1).previous().value()).isEqualTo("abc");
            assertThat(data.markers()).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(Marker.Kind.LOGIN);
                assertThat(m.label()).isEqualTo("step 3");
                assertThat(m.exchangeId()).isEqualTo(3L);
            });
            assertThat(data.storage()).singleElement()
                    .satisfies(s -> assertThat(s.entries()).containsExactlyInAnyOrderEntriesOf(
                            Map.of("token", "eyJ", "theme", "dark")));
        }
    }

    @Test
    void listingsPageSummariesAndBodiesComeOnDemand() {
        try (Project p = Project.open(dir.resolve("p.db"), CLOCK)) {
            Recording rec = p.createRecording("r", null);
            try (RecordingWriter w = p.writer(rec)) {
                for (int n = 1; n <= 120; n++) {
                    w.exchange(Samples.exchange(n));
                }
            }
            assertThat(p.exchangeCount(rec.id())).isEqualTo(120);
            List<ExchangeSummary> page = p.exchanges(rec.id(), 50, 50);
            assertThat(page).hasSize(50);
            assertThat(page.get(0).url().getPath()).isEqualTo("/page/51");
            assertThat(page.get(0).contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(page.get(0).responseSize()).isEqualTo(Samples.responseBytes(51).length + 51);
            assertThat(p.exchanges(rec.id(), 100, 50)).hasSize(20);
            Exchange full = p.exchange(page.get(0).id()).orElseThrow();
            assertThat(full.responseBody().bytes()).isEqualTo(Samples.responseBytes(51));
            assertThat(full.responseHeaders().values("Set-Cookie")).containsExactly("a=51; HttpOnly", "b=51");
            assertThat(p.exchange(999_999)).isEmpty();
        }
    }

    @Test
    void listenersHearEachCommitWithItsIdAndCountsAddUp() throws Exception {
        try (Project p = Project.open(dir.resolve("p.db"), CLOCK)) {
            Recording rec = p.createRecording("r", null);
            List<Long> stored = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch markers = new CountDownLatch(1);
            try (RecordingWriter w = p.writer(rec)) {
                w.addListener(new StoreListener() {
                    @Override
                    public void exchangeStored(Exchange e) {
                        stored.add(e.id());
                    }

                    @Override
                    public void markerStored(Marker m) {
                        assertThat(m.id()).isPositive();
                        markers.countDown();
                    }
                });
                List<Long> ids = new ArrayList<>();
                for (int n = 1; n <= 10; n++) {
                    ids.add(w.exchange(Samples.exchange(n)));
                }
                w.marker(new Marker(0, 0, Samples.T0, Marker.Kind.NOTE, Marker.Source.USER, "hello", null));
                w.flush();
                assertThat(stored).containsExactlyElementsOf(ids);
                assertThat(markers.await(5, TimeUnit.SECONDS)).isTrue();
                assertThat(w.counts()).isEqualTo(new WriterCounts(10, 0, 1, 0, 0, 0, 0));
            }
        }
    }

    @Test
    void eachCommitIsHandedOnAsOneBatchOfThatRecordingsRowsWithTheirIds() throws Exception {
        try (Project p = Project.open(dir.resolve("p.db"), CLOCK)) {
            Recording rec = p.createRecording("r", null);
            Recording other = p.createRecording("other", null);
            List<StoredBatch> batches = Collections.synchronizedList(new ArrayList<>());
            try (RecordingWriter w = p.writer(rec); RecordingWriter o = p.writer(other)) {
                w.addListener(new StoreListener() {
                    @Override
                    public void batchCommitted(StoredBatch batch) {
                        batches.add(batch);
                    }
                });
                List<Long> ids = new ArrayList<>();
                for (int n = 1; n <= 300; n++) {
                    ids.add(w.exchange(Samples.exchange(n)));
                    if (n % 100 == 0) {
                        o.exchange(Samples.exchange(1000 + n));
                    }
                }
                w.cookieEvent(Samples.set(Samples.cookie("SID", "a"), ids.get(0)));
                w.marker(new Marker(0, 0, Samples.T0, Marker.Kind.NOTE, Marker.Source.USER, "hello", null));
                w.flush();
                o.flush();
                StoredBatch all = StoredBatch.concat(List.copyOf(batches));
                assertThat(all.exchanges()).extracting(Exchange::id).containsExactlyElementsOf(ids);
                assertThat(all.exchanges()).allMatch(e -> e.recordingId() == rec.id());
                assertThat(all.cookieEvents()).singleElement().satisfies(e -> assertThat(e.id()).isPositive());
                assertThat(all.markers()).singleElement().satisfies(m -> assertThat(m.label()).isEqualTo("hello"));
                assertThat(batches).as("no empty batch, none larger than a transaction").allSatisfy(b -> {
                    assertThat(b.isEmpty()).isFalse();
                    assertThat(b.exchanges().size()).isLessThanOrEqualTo(WriteQueue.MAX_BATCH);
                });
            }
        }
    }

    @Test
    void anIdThatWasNeverReservedIsRefusedAndReservedOnesKeepGrowingAcrossReopen() {
        Path file = dir.resolve("p.db");
        long last;
        try (Project p = Project.open(file, CLOCK)) {
            Recording rec = p.createRecording("r", null);
            try (RecordingWriter w = p.writer(rec)) {
                assertThatThrownBy(() -> w.exchange(Samples.exchange(1).withId(w.reserveExchangeId() + 5)))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was not reserved");
                last = w.exchange(Samples.exchange(2));
            }
        }
        try (Project p = Project.open(file, CLOCK)) {
            Recording rec = p.createRecording("again", null);
            try (RecordingWriter w = p.writer(rec)) {
                assertThat(w.reserveExchangeId()).isGreaterThan(last);
            }
        }
    }

    @Test
    void aClosedWriterDropsWhatItIsGivenAndSaysSo() {
        try (Project p = Project.open(dir.resolve("p.db"), CLOCK)) {
            Recording rec = p.createRecording("r", null);
            RecordingWriter w = p.writer(rec);
            w.exchange(Samples.exchange(1));
            w.close();
            w.exchange(Samples.exchange(2));
            assertThat(w.counts().exchanges()).isEqualTo(1);
            assertThat(w.counts().dropped()).isEqualTo(1);
            assertThat(p.exchangeCount(rec.id())).isEqualTo(1);
        }
    }

    @Test
    void aFailedWriteIsReportedAndDoesNotTakeItsNeighboursWithIt() {
        try (Project p = Project.open(dir.resolve("p.db"), CLOCK)) {
            Recording rec = p.createRecording("r", null);
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            try (RecordingWriter w = p.writer(rec)) {
                w.addListener(new StoreListener() {
                    @Override
                    public void writeFailed(String what, StoreException error) {
                        failures.add(what + ": " + error.getMessage());
                    }
                });
                long id = w.exchange(Samples.exchange(1));
                w.exchange(Samples.exchange(2).withId(id)); // the same id twice: the second cannot be stored
                w.exchange(Samples.exchange(3));
                w.flush();
                assertThat(w.counts().exchanges()).isEqualTo(2);
                assertThat(w.counts().failed()).isEqualTo(1);
            }
            assertThat(failures).singleElement().asString().startsWith("exchange ").contains("p.db");
            assertThat(p.exchanges(rec.id(), 0, 10)).extracting(s -> s.url().getPath())
                    .containsExactly("/page/1", "/page/3");
        }
    }

    @Test
    void recordingsAreListedOldestFirstAndARecordingBeingWrittenKeepsItsEvents() {
        try (Project p = Project.open(dir.resolve("p.db"), CLOCK)) {
            Recording a = p.createRecording("a", URI.create("http://127.0.0.1:1"));
            Recording b = p.createRecording(" b ", null);
            Marker m = new Marker(0, 0, Samples.T0, Marker.Kind.LOGOUT, Marker.Source.USER, "", null);
            try (RecordingWriter w = p.writer(b)) {
                w.exchange(Samples.exchange(1));
                w.cookieEvent(Samples.set(Samples.cookie("S", "1"), null));
                w.marker(m);
            }
            assertThat(p.recordings()).extracting(Recording::id, Recording::name, Recording::target)
                    .containsExactly(tuple(a.id(), "a", URI.create("http://127.0.0.1:1")), tuple(b.id(), "b", null));
            assertThat(p.exchangeCount(b.id())).isEqualTo(1);
            assertThat(p.cookieEvents(b.id())).hasSize(1);
            assertThat(p.markers(b.id())).extracting(Marker::kind, Marker::source)
                    .containsExactly(tuple(Marker.Kind.LOGOUT, Marker.Source.USER));
            assertThatThrownBy(() -> p.load(999)).isInstanceOf(StoreException.class)
                    .hasMessageEndingWith("has no recording 999");
            assertThat(SqliteCheck.integrity(p.file())).containsExactly("ok");
        }
    }

    @Test
    void aReadOnlyProjectReadsWhileAnotherIsRecordingAndRefusesWrites() {
        Path file = dir.resolve("p.db");
        try (Project writerSide = Project.open(file, CLOCK)) {
            Recording rec = writerSide.createRecording("live", null);
            try (RecordingWriter w = writerSide.writer(rec)) {
                w.exchange(Samples.exchange(1));
                w.flush();
                try (Project reader = Project.openReadOnly(file)) {
                    assertThat(reader.exchangeCount(rec.id())).isEqualTo(1);
                    w.exchange(Samples.exchange(2));
                    w.flush();
                    assertThat(reader.exchangeCount(rec.id())).isEqualTo(2);
                    assertThatThrownBy(() -> reader.createRecording("x", null)).isInstanceOf(StoreException.class)
                            .hasMessage(file + " was opened read-only");
                }
            }
        }
    }

    @Test
    void bodiesKeepTheirOriginalSizeWhenCapped() {
        try (Project p = Project.open(dir.resolve("p.db"), CLOCK)) {
            Recording rec = p.createRecording("r", null);
            long id;
            try (RecordingWriter w = p.writer(rec)) {
                Exchange e = Samples.exchange(7);
                id = w.exchange(new Exchange(0, 0, e.start(), e.duration(), "GET", e.url(), e.requestHeaders(),
                        Body.EMPTY, 200, e.responseHeaders(), new Body(new byte[] {1, 2, 3}, 5_000_000), null, null,
                        null));
            }
            Body body = p.exchange(id).orElseThrow().responseBody();
            assertThat(body.bytes()).containsExactly(1, 2, 3);
            assertThat(body.originalSize()).isEqualTo(5_000_000);
        }
    }

    @Test
    void aCleanCloseFoldsTheWalIntoTheFile() {
        Path file = dir.resolve("p.db");
        try (Project p = Project.open(file, CLOCK); RecordingWriter w = p.writer(p.createRecording("r", null))) {
            w.exchange(Samples.exchange(1));
            w.flush();
            assertThat(dir.resolve("p.db-wal")).exists();
        }
        assertThat(dir.resolve("p.db-wal")).doesNotExist();
        assertThat(dir.resolve("p.db-shm")).doesNotExist();
        try (Project p = Project.openReadOnly(file)) {
            assertThat(p.exchangeCount(1)).isEqualTo(1);
        }
    }

    @Test
    void aFailingListenerNeitherSilencesTheOthersNorStopsTheWriter() {
        try (Project p = Project.open(dir.resolve("p.db"), CLOCK)) {
            Recording rec = p.createRecording("r", null);
            List<Long> heard = Collections.synchronizedList(new ArrayList<>());
            try (RecordingWriter w = p.writer(rec)) {
                w.addListener(new StoreListener() {
                    @Override
                    public void exchangeStored(Exchange e) {
                        throw new IllegalStateException("GUI bug");
                    }
                });
                w.addListener(new StoreListener() {
                    @Override
                    public void exchangeStored(Exchange e) {
                        heard.add(e.id());
                    }
                });
                long a = w.exchange(Samples.exchange(1));
                long b = w.exchange(Samples.exchange(2));
                w.flush();
                assertThat(heard).containsExactly(a, b);
                assertThat(w.counts().exchanges()).isEqualTo(2);
            }
        }
    }
}

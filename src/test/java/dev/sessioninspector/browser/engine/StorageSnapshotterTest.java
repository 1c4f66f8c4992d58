package dev.sessioninspector.browser.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.capture.CaptureHooks;
import dev.sessioninspector.capture.CaptureSettings;
import dev.sessioninspector.capture.TestServer;
import dev.sessioninspector.model.Origins;
import dev.sessioninspector.model.StorageSnapshot;
import dev.sessioninspector.testkit.CaptureTestCase;
import dev.sessioninspector.testkit.Fx;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.web.WebEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StorageSnapshotterTest extends CaptureTestCase {
    @BeforeAll
    static void startFx() throws Exception {
        Fx.start();
    }

    @Test
    void snapshotsBothStorageAreasAtEachPageLoad() throws Exception {
        server = new TestServer()
                .html("/", """
                        <html><body><script>
                          localStorage.setItem('s1token', 'eyJhbGciOiJIUzI1NiJ9.e30.x');
                          localStorage.setItem('s1theme', 'dark "quoted" \\u00e9');
                          sessionStorage.setItem('s1cart', '3');
                        </script></body></html>""")
                .html("/logout", "<html><body><script>localStorage.removeItem('s1token');</script></body></html>");
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        WebEngine engine = Fx.newEngine();
        StorageSnapshotter snapshotter = Fx.fx(() -> StorageSnapshotter.attach(engine));
        String origin = Origins.of(URI.create(server.base()));

        Fx.load(engine, server.url("/"));
        Fx.await("first snapshots", Duration.ofSeconds(10), () -> sink.storage().size() >= 2);
        Fx.load(engine, server.url("/logout"));
        Fx.await("second snapshots", Duration.ofSeconds(10), () -> sink.storage().size() >= 4);
        session.flush(Duration.ofSeconds(5));
        Fx.fx(() -> {
            snapshotter.detach();
            return null;
        });

        List<StorageSnapshot> local = sink.storage().stream().filter(s -> s.area() == StorageSnapshot.Area.LOCAL).toList();
        assertThat(local).hasSize(2).allSatisfy(s -> assertThat(s.origin()).isEqualTo(origin));
        assertThat(local.get(0).entries()).containsEntry("s1token", "eyJhbGciOiJIUzI1NiJ9.e30.x")
                .containsEntry("s1theme", "dark \"quoted\" \u00e9");
        assertThat(local.get(1).entries()).doesNotContainKey("s1token").containsKey("s1theme");
        assertThat(sink.storage()).filteredOn(s -> s.area() == StorageSnapshot.Area.SESSION)
                .first().satisfies(s -> assertThat(s.entries()).containsEntry("s1cart", "3"));
        assertThat(session.counts().storageSnapshots()).isEqualTo(4);
    }

    @Test
    void aTokenStoredByScriptWithoutAPageLoadIsSnapshotted() throws Exception {
        server = new TestServer().html("/", """
                <html><body><script>
                  localStorage.setItem('s3theme', 'dark');
                  setTimeout(function () { localStorage.setItem('s3token', 'eyJhbGciOiJIUzI1NiJ9.e30.sig'); }, 600);
                </script></body></html>""");
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        WebEngine engine = Fx.newEngine();
        StorageSnapshotter snapshotter = Fx.fx(() -> StorageSnapshotter.attach(engine)
                .watchChanges(Duration.ofMillis(100)));
        Fx.load(engine, server.url("/"));
        Fx.await("the token's snapshot", Duration.ofSeconds(10), () -> sink.storage().stream()
                .anyMatch(s -> s.entries().containsKey("s3token")));
        Fx.fx(() -> {
            snapshotter.detach();
            return null;
        });
        session.flush(Duration.ofSeconds(5));
        List<StorageSnapshot> local = sink.storage().stream().filter(s -> s.area() == StorageSnapshot.Area.LOCAL).toList();
        assertThat(local.get(0).entries()).containsKey("s3theme").doesNotContainKey("s3token");
        assertThat(local).filteredOn(s -> s.entries().containsKey("s3token")).hasSize(1); // unchanged: not again
    }

    @Test
    void takesNoSnapshotWhenNotRecording() throws Exception {
        server = new TestServer().html("/", "<html><body><script>localStorage.setItem('s2', '1');</script></body></html>");
        session = CaptureHooks.attach(sink, CaptureSettings.defaults());
        session.pause();
        WebEngine engine = Fx.newEngine();
        Fx.fx(() -> StorageSnapshotter.attach(engine));
        Fx.load(engine, server.url("/"));
        session.flush(Duration.ofSeconds(5));
        assertThat(sink.storage()).isEmpty();
    }

    @Test
    void parsesOnlyWhatItsScriptProduces() {
        assertThat(StorageSnapshotter.parse("{\"origin\":\"null\",\"local\":{}}")).isNull();
        assertThat(StorageSnapshotter.parse("not json")).isNull();
        assertThat(StorageSnapshotter.parse("{\"origin\":\"http://127.0.0.1:8080\",\"localError\":\"SecurityError\","
                + "\"session\":{\"a\":\"1\"}}"))
                .isEqualTo(new StorageSnapshotter.Snapshot("http://127.0.0.1:8080", null, Map.of("a", "1")));
        assertThat(StorageSnapshotter.parse("{\"origin\":\"https://shop.example\",\"local\":{\"k\":\"v\"}}").origin())
                .isEqualTo("https://shop.example:443");
    }
}

package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Starting, flipping, serving many at once, and stopping the shop. */
class DemoShopLifecycleTest {

    @Test
    void listensOnLoopbackOnAFreePortAndReportsItsBaseUri() throws IOException {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            assertThat(shop.baseUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
            assertThat(shop.baseUri().getPort()).isPositive();
            try (Socket s = new Socket("127.0.0.1", shop.baseUri().getPort())) {
                assertThat(s.isConnected()).isTrue();
            }
        }
    }

    @Test
    void runsOnDaemonThreadsOnly() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            new ShopClient(shop).get("/");
            List<Thread> started = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t))
                    .filter(t -> t.getName().startsWith("demo-shop") || t.getName().startsWith("HTTP-Dispatcher"))
                    .toList();
            assertThat(started).extracting(Thread::getName).anyMatch(n -> n.startsWith("HTTP-Dispatcher"))
                    .anyMatch(n -> n.contains("-worker-"));
            assertThat(started).allMatch(Thread::isDaemon);
        }
    }

    @Test
    void aBusyPortFailsWithAClearMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            assertThatThrownBy(() -> DemoShop.start(taken.getLocalPort(), ShopSettings.weak()))
                    .isInstanceOf(UncheckedIOException.class)
                    .cause().hasMessageStartingWith("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
        assertThatThrownBy(() -> DemoShop.start(70000, ShopSettings.weak()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
    }

    @Test
    void closeReleasesThePortAndCanBeRepeated() {
        DemoShop shop = DemoShop.start(0, ShopSettings.weak());
        int port = shop.baseUri().getPort();
        assertThat(new ShopClient(shop).get("/").statusCode()).isEqualTo(200);
        shop.close();
        shop.close();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        try (DemoShop again = DemoShop.start(port, ShopSettings.weak())) {
            assertThat(again.baseUri().getPort()).isEqualTo(port);
        }
    }

    @Test
    void updateFlipsSwitchesForTheNextRequestAndRejectsNull() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            shop.update(ShopSettings.weak().withRotateAtLogin(true));
            assertThat(shop.settings().rotateAtLogin()).isTrue();
            assertThatThrownBy(() -> shop.update(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void parallelVisitorsGetDistinctGaplessSequentialIds() throws Exception {
        int visitors = 64;
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> ids = IntStream.range(0, visitors).mapToObj(i -> pool.submit(() ->
                        ShopClient.setCookieValue(new ShopClient(shop).get("/"), "SESSIONID").orElseThrow())).toList();
                Set<Long> values = new HashSet<>();
                for (Future<String> id : ids) {
                    values.add(Long.parseLong(id.get(), 16));
                }
                assertThat(values).hasSize(visitors);
                long min = values.stream().mapToLong(Long::longValue).min().orElseThrow();
                long max = values.stream().mapToLong(Long::longValue).max().orElseThrow();
                assertThat(max - min).isEqualTo(visitors - 1);
                assertThat(shop.sessionCount()).isEqualTo(visitors);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

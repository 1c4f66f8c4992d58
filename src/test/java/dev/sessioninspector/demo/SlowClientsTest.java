package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 50 clients that send half a request and stall (a browser's six connections, a sampler and slow clients together)
 * do not take the shop down: a page still comes. Before, 8 fixed workers were held by the first 8 stalled clients
 * and every later request waited for ever.
 */
class SlowClientsTest {
    @Test
    void fiftySlowConnectionsLeaveRoomForAPage() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            int port = shop.baseUri().getPort();
            for (int i = 0; i < 50; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                slow.add(s);
                OutputStream out = s.getOutputStream();
                out.write(("GET /?slow=" + i + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            // generous: the shop answers in milliseconds; the point is that it answers at all
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(shop.baseUri()).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Leaf");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }
}

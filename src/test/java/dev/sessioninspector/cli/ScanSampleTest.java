package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.testkit.DemoShopFlows;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --samples N}: a few hundred fresh IDs from the page that issues them decide the ID rules that the
 * few IDs of a flow and its probes cannot, unless those already reveal their generator (consecutive outputs of
 * {@code java.util.Random}).
 */
class ScanSampleTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private static final ShopSettings HTTP_HARDENED = ShopSettings.hardened().withHttps(false).withSecure(false)
            .withHostPrefix(false);

    private String status(Path report, String rule) throws Exception {
        for (JsonNode c : new ObjectMapper().readTree(report.toFile()).get("checks")) {
            if (c.get("rule").asText().equals(rule)) {
                return c.get("status").asText() + ": " + c.get("detail").asText();
            }
        }
        throw new AssertionError(rule);
    }

    private int scan(DemoShop shop, String name, String... more) throws Exception {
        Path flow = dir.resolve("flow.json");
        Files.writeString(flow, DemoShopFlows.SHOP.formatted(DemoShopFlows.base(shop.baseUri())));
        // --rate 0: no request ceiling against the loopback shop (a sample of 200 would take 20 s at the default 10/s)
        String[] base = {"scan", "--flow", flow.toString(), "--db", dir.resolve(name + ".db").toString(), "--out",
                dir.resolve(name).toString(), "--format", "json", "--rate", "0"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return cli.run(all);
    }

    @Test
    void aSampleOfSecureRandomIdsPassesBothIdRules() throws Exception {
        try (DemoShop shop = DemoShop.start(0, HTTP_HARDENED)) {
            assertThat(scan(shop, "secure", "--samples", "0")).isZero();
            assertThat(status(dir.resolve("secure/report.json"), "session.id-too-short")).startsWith("inconclusive");
            assertThat(scan(shop, "sampled", "--samples", "200")).as(cli.err()).isZero();
            assertThat(status(dir.resolve("sampled/report.json"), "session.id-too-short")).startsWith("pass");
            assertThat(status(dir.resolve("sampled/report.json"), "session.id-predictable")).startsWith("pass");
            assertThat(Files.readString(dir.resolve("sampled/probes.txt")))
                    .contains("token sample: 200 distinct SESSIONID values from ", "(not recorded)");
        }
    }

    @Test
    void aWeakGeneratorIsFoundFromTheScansOwnIdsAndFromASample() throws Exception {
        try (DemoShop shop = DemoShop.start(0, HTTP_HARDENED.withIds(ShopSettings.IdScheme.WEAK_RANDOM))) {
            assertThat(scan(shop, "few", "--samples", "0")).isEqualTo(ExitCodes.FINDINGS); // 16 hex digits cannot hold 128 bits
            // the flow's and the probes' IDs are consecutive outputs of the generator: it is found, no sample needed
            assertThat(status(dir.resolve("few/report.json"), "session.id-predictable"))
                    .isEqualTo("fail: SESSIONID values are predictable");
            assertThat(Files.readString(dir.resolve("few/report.json"))).contains("java.util.Random output");
            assertThat(scan(shop, "many", "--samples", "300")).as(cli.err()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(status(dir.resolve("many/report.json"), "session.id-predictable"))
                    .isEqualTo("fail: SESSIONID values are predictable");
            assertThat(status(dir.resolve("many/report.json"), "session.id-too-short")).startsWith("fail");
        }
    }
}

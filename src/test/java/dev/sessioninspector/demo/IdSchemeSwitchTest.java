package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.demo.ShopSettings.IdScheme;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code ids} switch, proved over real HTTP: each scheme shows its tell-tale shape in fresh cookies. */
class IdSchemeSwitchTest {
    @Test
    void sequentialIdsGoUpByOneForEachNewVisitor() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withIds(IdScheme.SEQUENTIAL))) {
            List<Long> ids = freshIds(shop, 5).stream().map(id -> Long.parseLong(id, 16)).toList();
            for (int i = 1; i < ids.size(); i++) {
                assertThat(ids.get(i)).isEqualTo(ids.get(i - 1) + 1);
            }
        }
    }

    @Test
    void timestampIdsAreTheClockInMillisecondsPlusTwoCharacters() {
        Instant at = Instant.parse("2026-03-01T10:15:30.123Z");
        ShopSettings settings = ShopSettings.weak().withIds(IdScheme.TIMESTAMP);
        try (DemoShop shop = DemoShop.start(0, settings, Clock.fixed(at, ZoneOffset.UTC), new SecureRandom())) {
            for (String id : freshIds(shop, 5)) {
                assertThat(id).startsWith(Long.toString(at.toEpochMilli())).hasSize(15).matches("[0-9]{13}[0-9a-z]{2}");
            }
        }
    }

    @Test
    void weakRandomIdsLetAnObserverPredictTheNextIdFromOne() {
        ShopSettings settings = ShopSettings.weak().withIds(IdScheme.WEAK_RANDOM);
        try (DemoShop shop = DemoShop.start(0, settings, Clock.systemUTC(), new SecureRandom())) {
            List<String> ids = freshIds(shop, 3);
            assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{16}"));
            long predicted = JavaUtilRandomCracker.nextLongAfter(Long.parseUnsignedLong(ids.get(0), 16));
            assertThat(String.format("%016x", predicted)).isEqualTo(ids.get(1));
            long thenPredicted = JavaUtilRandomCracker.nextLongAfter(predicted);
            assertThat(String.format("%016x", thenPredicted)).isEqualTo(ids.get(2));
        }
    }

    @Test
    void secureRandomIdsCarry128BitsAndNeverRepeat() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withIds(IdScheme.SECURE_RANDOM))) {
            List<String> ids = freshIds(shop, 40);
            assertThat(new HashSet<>(ids)).hasSize(40);
            for (String id : ids) {
                assertThat(id).matches("[A-Za-z0-9_-]{22}");
                assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
            }
            assertThat(JavaUtilRandomCracker.crackable(Long.parseUnsignedLong(hex(ids.get(0)), 16),
                    Long.parseUnsignedLong(hex(ids.get(1)), 16))).isFalse();
        }
    }

    @Test
    void theSchemeFlipsLiveForNewSessions() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            assertThat(freshIds(shop, 1).get(0)).matches("[0-9a-f]{8}");
            shop.update(shop.settings().withIds(IdScheme.SECURE_RANDOM));
            assertThat(freshIds(shop, 1).get(0)).matches("[A-Za-z0-9_-]{22}");
        }
    }

    @Test
    void aSeededGeneratorMakesTheSecureSchemeReproducibleForTests() {
        ShopSettings settings = ShopSettings.weak().withIds(IdScheme.SECURE_RANDOM);
        List<String> first;
        try (DemoShop shop = DemoShop.start(0, settings, Clock.systemUTC(), new Random(42))) {
            first = freshIds(shop, 3);
        }
        try (DemoShop shop = DemoShop.start(0, settings, Clock.systemUTC(), new Random(42))) {
            assertThat(freshIds(shop, 3)).isEqualTo(first);
        }
    }

    /** The session IDs of {@code n} first visits by brand-new clients. */
    static List<String> freshIds(DemoShop shop, int n) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = new ShopClient(shop).get("/");
            assertThat(r.statusCode()).isEqualTo(200);
            String id = ShopClient.setCookieValue(r, shop.settings().cookieName()).orElseThrow();
            assertThat(seen.add(id)).as("fresh ID %s", id).isTrue();
            ids.add(id);
        }
        return ids;
    }

    private static String hex(String base64url) {
        byte[] b = Base64.getUrlDecoder().decode(base64url);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(String.format("%02x", b[i]));
        }
        return sb.toString();
    }
}

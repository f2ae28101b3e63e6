package org.gridflex.it;

import static org.gridflex.it.GridFlexServer.array;
import static org.gridflex.it.GridFlexServer.get;
import static org.gridflex.it.GridFlexServer.object;
import static org.gridflex.it.GridFlexServer.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Multi-TSO planning through its real interfaces: planning feeds publish JMS messages on the seed topics, each lands
 * in its own TSO's database (read back over REST), unknown assets are parked, poison is dead-lettered with TenantId and
 * reason, and one TSO's flood does not hold up another TSO.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanningIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final Instant DAY = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GridFlexServer.ear();
    }

    static String newAssetId() {
        return "A" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void registerAsset(String tenant, String id, String kind, double minMw, double maxMw, double energyMwh)
            throws Exception {
        HttpResponse<String> r = post("admin", "/api/planning/tenants/" + tenant + "/assets",
                "{\"assetIdentifierCodingScheme\":\"PL\",\"assetIdentifier\":\"" + id + "\",\"name\":\"asset " + id
                        + "\",\"kind\":\"" + kind + "\",\"ratedMinMw\":" + minMw + ",\"ratedMaxMw\":" + maxMw
                        + ",\"energyCapacityMwh\":" + energyMwh + "}");
        assertEquals(201, r.statusCode(), r.body());
    }

    static String seedKey(String id) {
        return "{ \"assetIdentifierCodingScheme\":\"PL\", \"assetIdentifier\":\"" + id + "\", \"regimeIdentifier\": null }";
    }

    /** A capacity forecast of {@code slots} quarter-hours from {@code start}, same band in each. */
    static String capacity(String id, Instant start, int slots, double minMw, double maxMw) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < slots; i++) {
            Instant s = start.plus(Duration.ofMinutes(15L * i));
            points.append(i == 0 ? "" : ",").append("{\"start\":\"").append(s).append("\",\"end\":\"")
                    .append(s.plus(Duration.ofMinutes(15))).append("\",\"minMw\":").append(minMw)
                    .append(",\"maxMw\":").append(maxMw).append('}');
        }
        return "{\"assetIdentifierCodingScheme\":\"PL\",\"assetIdentifier\":\"" + id + "\",\"points\":[" + points + "]}";
    }

    static HttpResponse<String> schedules(String user, String tenant, String id, String topic) throws Exception {
        return get(user, "/api/planning/tenants/" + tenant + "/assets/PL/" + id + "/schedules?topic=" + topic
                + "&from=" + DAY.minus(Duration.ofDays(1)) + "&to=" + DAY.plus(Duration.ofDays(3)));
    }

    static JsonArray awaitSchedules(String tenant, String id, String topic, int count) throws Exception {
        return await(() -> {
            HttpResponse<String> r = schedules("admin", tenant, id, topic);
            return r.statusCode() == 200 && array(r).size() >= count ? array(r) : null;
        }, "schedules of " + id + " at " + tenant);
    }

    static <T> T await(Callable<T> probe, String what) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.call();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Timed out waiting for " + what);
    }

    @Test
    void messagesOfTwoTsosLandEachInItsOwnTsoDatabaseWithTenantIdOnTheirEvents() throws Exception {
        String elia = newAssetId();
        String tennet = newAssetId();
        registerAsset("ELIA", elia, "GENERATOR", 0, 10, 0);
        registerAsset("TENNETNL", tennet, "GENERATOR", 0, 20, 0);
        try (PlanningJms jms = PlanningJms.feed();
                JMSConsumer events = jms.subscribe("AssetPlanningEvents", "TenantId = 'ELIA'")) {
            // The seed's Kafka schedules carry no TenantId: its TSO comes from the TenantAsset lookup.
            jms.publish("AssetCapacityForecast_v1", seedKey(elia), capacity(elia, DAY, 4, 0, 7.5), null);
            jms.publish("AssetCapacityForecast_v1", seedKey(tennet), capacity(tennet, DAY, 4, 1, 15), "TENNETNL");

            JsonArray eliaStored = awaitSchedules("ELIA", elia, "AssetCapacityForecast_v1", 1);
            assertEquals(7.5, eliaStored.getJsonObject(0).getJsonArray("points").getJsonObject(0).getJsonNumber("second").doubleValue());
            JsonArray tennetStored = awaitSchedules("TENNETNL", tennet, "AssetCapacityForecast_v1", 1);
            assertEquals(4, tennetStored.getJsonObject(0).getJsonArray("points").size());

            // Each TSO's database holds only its own asset's schedule.
            assertEquals(0, array(schedules("admin", "TENNETNL", elia, "AssetCapacityForecast_v1")).size());
            assertEquals(0, array(schedules("admin", "ELIA", tennet, "AssetCapacityForecast_v1")).size());

            Message event = null;
            for (int i = 0; i < 20 && event == null; i++) {
                Message m = PlanningJms.receive(events, Duration.ofSeconds(2));
                if (m != null && ((TextMessage) m).getText().contains(elia)) {
                    event = m;
                }
            }
            assertNotNull(event, "an integration event for the ELIA schedule");
            assertEquals("ELIA", event.getStringProperty("TenantId"));
            assertTrue(((TextMessage) event).getText().contains("\"topic\":\"AssetCapacityForecast_v1\""));
        }
    }

    @Test
    void aLargeScheduleIsAnnouncedByAClaimCheckThatResolvesToTheStoredSchedule() throws Exception {
        String id = newAssetId();
        registerAsset("TENNETNL", id, "GENERATOR", 0, 10, 0);
        try (PlanningJms jms = PlanningJms.feed();
                JMSConsumer events = jms.subscribe("AssetPlanningEvents", "TenantId = 'TENNETNL'")) {
            jms.publish("AssetCapacityForecast_v1", seedKey(id), capacity(id, DAY, 700, 0, 5), null); // a week and more
            jms.publish("AssetCapacityForecast_v1", seedKey(id), capacity(id, DAY.minus(Duration.ofDays(1)), 4, 0, 5), null);
            JsonObject large = null;
            JsonObject small = null;
            for (int i = 0; i < 50 && (large == null || small == null); i++) {
                Message m = PlanningJms.receive(events, Duration.ofSeconds(2));
                if (m == null || !((TextMessage) m).getText().contains(id)) {
                    continue;
                }
                JsonObject event = jakarta.json.Json.createReader(new java.io.StringReader(((TextMessage) m).getText())).readObject();
                if (event.getInt("pointCount") == 700) {
                    large = event;
                } else {
                    small = event;
                }
            }
            assertNotNull(large, "the event of the large schedule");
            assertNotNull(small, "the event of the small schedule");
            assertTrue(!large.containsKey("points") && large.containsKey("claimCheck"), large.toString());
            assertEquals(4, small.getJsonArray("points").size(), "a small schedule travels inline");
            String href = large.getJsonObject("claimCheck").getString("href");
            HttpResponse<String> stored = get("tso-tennetnl", href.substring("/gridflex".length()));
            assertEquals(200, stored.statusCode(), stored.body());
            assertEquals(700, object(stored).getJsonArray("points").size());
            assertEquals(403, get("tso-elia", href.substring("/gridflex".length())).statusCode());
        }
    }

    @Test
    void aNewerScheduleReplacesTheStoredOneAndAnOlderOneIsIgnored() throws Exception {
        String id = newAssetId();
        registerAsset("AMPRION", id, "GENERATOR", 0, 10, 0);
        try (PlanningJms jms = PlanningJms.feed()) {
            jms.publish("AssetCapacityForecast_v1", null, capacity(id, DAY, 2, 0, 5), null);
            awaitSchedules("AMPRION", id, "AssetCapacityForecast_v1", 1);
            jms.publish("AssetCapacityForecast_v1", null, capacity(id, DAY, 2, 0, 6), null);
            await(() -> {
                JsonArray s = array(schedules("admin", "AMPRION", id, "AssetCapacityForecast_v1"));
                return s.getJsonObject(0).getJsonArray("points").getJsonObject(0).getJsonNumber("second").doubleValue() == 6
                        ? s : null;
            }, "the newer forecast");
            assertEquals(1, array(schedules("admin", "AMPRION", id, "AssetCapacityForecast_v1")).size());
        }
    }

    @Test
    void aMessageForAnUnknownAssetIsParkedAndReleasedWhenTheAssetIsRegistered() throws Exception {
        String id = newAssetId();
        try (PlanningJms jms = PlanningJms.feed()) {
            jms.publish("AssetProductionForecast_v1", seedKey(id), "{\"points\":[{\"start\":\"" + DAY + "\",\"end\":\""
                    + DAY.plus(Duration.ofMinutes(15)) + "\",\"mw\":3.25}]}", null);
        }
        JsonObject parked = await(() -> {
            JsonObject p = object(get("admin", "/api/planning/parked?max=1000"));
            // count and list are read one after the other: wait until both show it
            return p.getJsonArray("messages").toString().contains("PL:" + id) && p.getJsonNumber("count").longValue() >= 1
                    ? p : null;
        }, "the parked message");
        assertTrue(parked.getJsonArray("messages").stream().map(v -> v.asJsonObject())
                .anyMatch(m -> m.getString("asset").equals("PL:" + id) && m.getString("reason").contains("No TSO has")));
        assertEquals(403, get("tso-rte", "/api/planning/parked").statusCode());

        registerAsset("RTE", id, "GENERATOR", 0, 5, 0);
        JsonArray stored = awaitSchedules("RTE", id, "AssetProductionForecast_v1", 1);
        assertEquals(3.25, stored.getJsonObject(0).getJsonArray("points").getJsonObject(0).getJsonNumber("first").doubleValue());
        assertTrue(!object(get("admin", "/api/planning/parked?max=1000")).getJsonArray("messages").toString().contains("PL:" + id));
    }

    @Test
    void poisonIsDeadLetteredWithItsTsoAndReasonWhileOtherMessagesFlow() throws Exception {
        String elia = newAssetId();
        String tennet = newAssetId();
        registerAsset("ELIA", elia, "GENERATOR", 0, 10, 0);
        registerAsset("TENNETNL", tennet, "GENERATOR", 0, 10, 0);
        try (PlanningJms feed = PlanningJms.feed(); PlanningJms admin = new PlanningJms("admin")) {
            // min above max: can never be stored
            feed.publish("AssetCapacityForecast_v1", seedKey(elia), capacity(elia, DAY, 2, 9, 3), null);
            // claims a TSO that does not own the asset
            feed.publish("AssetCapacityForecast_v1", seedKey(elia), capacity(elia, DAY, 2, 0, 3), "RTE");
            feed.publish("AssetCapacityForecast_v1", seedKey(tennet), capacity(tennet, DAY, 2, 0, 3), null);

            try (JMSConsumer dlq = admin.queue("PlanningDLQ", "key LIKE '%" + elia + "%'")) {
                Message first = PlanningJms.receive(dlq, PATIENCE);
                Message second = PlanningJms.receive(dlq, PATIENCE);
                assertNotNull(first, "the poison message in PlanningDLQ");
                assertNotNull(second, "the mis-addressed message in PlanningDLQ");
                String reasons = first.getStringProperty("GridFlexDeadLetterReason") + " | "
                        + second.getStringProperty("GridFlexDeadLetterReason");
                assertTrue(reasons.contains("minMw above maxMw"), reasons);
                assertTrue(reasons.contains("does not own"), reasons);
                Message poison = first.getStringProperty("GridFlexDeadLetterReason").contains("minMw") ? first : second;
                assertEquals("ELIA", poison.getStringProperty("TenantId"));
                assertEquals("AssetCapacityForecast_v1", poison.getStringProperty("GridFlexPlanningTopic"));
                assertTrue(((TextMessage) poison).getText().contains(elia), "the body is kept whole");
            }
            awaitSchedules("TENNETNL", tennet, "AssetCapacityForecast_v1", 1);
            assertEquals(0, array(schedules("admin", "ELIA", elia, "AssetCapacityForecast_v1")).size());
        }
    }

    @Test
    void aFloodForOneTsoDoesNotHoldUpAnotherTso() throws Exception {
        String noisy = newAssetId();
        String quiet = newAssetId();
        registerAsset("TENNETDE", noisy, "GENERATOR", 0, 10, 0);
        registerAsset("50HERTZ", quiet, "GENERATOR", 0, 10, 0);
        int flood = 4000;
        long storedBefore = stored("TENNETDE");
        try (PlanningJms jms = PlanningJms.feed(); JMSContext tx = jms.transacted()) {
            JMSProducer producer = tx.createProducer();
            for (int i = 0; i < flood; i++) {
                // every message its own schedule (a different start), so each one is stored
                producer.send(ActiveMQDestination.createTopic("jms.topic.AssetCapacityForecast_v1"),
                        capacity(noisy, DAY.plus(Duration.ofMinutes(15L * i)), 1, 0, 5));
                if (i % 500 == 499) {
                    tx.commit();
                }
            }
            tx.commit();
            jms.publish("AssetCapacityForecast_v1", null, capacity(quiet, DAY, 1, 0, 4), null);
        }
        awaitSchedules("50HERTZ", quiet, "AssetCapacityForecast_v1", 1);
        long noisyDone = stored("TENNETDE") - storedBefore;
        System.out.println("busy neighbour: 50HERTZ's message stored when " + noisyDone + " of TENNETDE's " + flood
                + " were");
        assertTrue(noisyDone < flood, "50HERTZ's message was stored while TENNETDE's flood was still being worked off ("
                + noisyDone + " of " + flood + " stored)");
        await(() -> stored("TENNETDE") - storedBefore >= flood ? Boolean.TRUE : null, "the whole flood");
    }

    private static long stored(String tenant) throws Exception {
        JsonObject counters = object(get("admin", "/api/planning/intake"));
        JsonObject of = counters.getJsonObject(tenant);
        return of == null || !of.containsKey("STORED") ? 0 : of.getJsonNumber("STORED").longValue();
    }

    @Test
    void anOperatorSeesOnlyItsOwnTsosAssetsAndPlans() throws Exception {
        String elia = newAssetId();
        String tennet = newAssetId();
        registerAsset("ELIA", elia, "STORAGE", -2, 2, 4);
        registerAsset("TENNETNL", tennet, "STORAGE", -2, 2, 4);
        JsonArray visible = array(get("tso-elia", "/api/planning/assets"));
        assertTrue(visible.toString().contains(elia));
        assertTrue(!visible.toString().contains(tennet), "no TENNETNL asset in ELIA's list");
        assertTrue(visible.stream().allMatch(a -> a.asJsonObject().getString("tenantId").equals("ELIA")));
        assertEquals(403, get("tso-elia", "/api/planning/assets?tso=TENNETNL").statusCode());
        assertEquals(403, schedules("tso-elia", "TENNETNL", tennet, "AssetCapacityForecast_v1").statusCode());
        assertEquals(403, post("tso-elia", "/api/planning/tenants/TENNETNL/assets", "{}").statusCode());
        HttpResponse<String> taken = post("admin", "/api/planning/tenants/RTE/assets",
                "{\"assetIdentifierCodingScheme\":\"PL\",\"assetIdentifier\":\"" + elia
                        + "\",\"kind\":\"GENERATOR\",\"ratedMinMw\":0,\"ratedMaxMw\":1}");
        assertEquals(409, taken.statusCode(), "an asset belongs to one TSO");
        assertEquals("application/problem+json", taken.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, get("tso-elia", "/api/planning/tenants/ELIA/assets/PL/" + tennet).statusCode());
    }
}

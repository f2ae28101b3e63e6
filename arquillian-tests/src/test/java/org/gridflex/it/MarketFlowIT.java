package org.gridflex.it;

import static org.gridflex.it.GridFlexServer.array;
import static org.gridflex.it.GridFlexServer.get;
import static org.gridflex.it.GridFlexServer.object;
import static org.gridflex.it.GridFlexServer.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The market through its real interfaces: devices offer over MQTT and get acknowledgements, a TSO and DSOs post flex
 * requests over REST, the 5-second bundler answers them, and the bundles are read back and pushed live.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarketFlowIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GridFlexServer.ear();
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String register(String deviceId, String tenant, String dso, String area, double maxKw) throws Exception {
        String password = "pw-" + deviceId + "-0123456789";
        HttpResponse<String> r = post("device-admin", "/api/devices", "{\"deviceId\":\"" + deviceId + "\",\"password\":\""
                + password + "\",\"owner\":\"o\",\"tenant\":\"" + tenant + "\",\"dso\":\"" + dso + "\",\"gridArea\":\""
                + area + "\",\"kind\":\"BATTERY\",\"maxUpKw\":" + maxKw + ",\"maxDownKw\":" + maxKw + "}");
        assertEquals(201, r.statusCode(), r.body());
        return password;
    }

    private static String offer(Instant period, double kw, double price, int version, String extra) {
        return "{\"tenant\":\"ELIA\",\"period\":\"" + period + "\",\"direction\":\"UP\",\"powerKw\":" + kw
                + ",\"priceEurPerMwh\":" + price + ",\"version\":" + version + extra + "}";
    }

    private static String request(Instant period, double mw, String area, double maxPrice, String dso) {
        return "{\"period\":\"" + period + "\",\"direction\":\"UP\",\"quantityMw\":" + mw
                + (area == null ? "" : ",\"gridArea\":\"" + area + "\"") + ",\"maxPriceEurPerMwh\":" + maxPrice
                + (dso == null ? "" : ",\"dso\":\"" + dso + "\"") + "}";
    }

    @Test
    void requestIsAnsweredByABundleInMeritOrderAndPushedLive() throws Exception {
        String area = id("AREA");
        String cheap = id("cheap");
        String dear = id("dear");
        String split = id("split");
        String tooDear = id("toodear");
        Instant period = DeviceMqtt.nextPeriod();
        try (DeviceMqtt a = DeviceMqtt.connect(cheap, register(cheap, "ELIA", "ORES", area, 20));
                DeviceMqtt b = DeviceMqtt.connect(dear, register(dear, "ELIA", "ORES", area, 20));
                DeviceMqtt c = DeviceMqtt.connect(split, register(split, "ELIA", "ORES", area, 20));
                DeviceMqtt d = DeviceMqtt.connect(tooDear, register(tooDear, "ELIA", "ORES", area, 20))) {
            BlockingQueue<String> acks = a.followAcks();
            a.publishOffer(offer(period, 4, 50, 1, ""));
            String ack = acks.poll(15, TimeUnit.SECONDS);
            assertNotNull(ack, "the device is acknowledged on its acks topic");
            assertTrue(ack.contains("\"status\":\"ACCEPTED\""), ack);
            b.publishOffer(offer(period, 5, 70, 1, ""));
            c.publishOffer(offer(period, 6, 60, 1, ",\"partialAllowed\":true,\"minActivationKw\":1"));
            d.publishOffer(offer(period, 9, 200, 1, ""));
        }
        awaitTrue(() -> array(call("tso-elia", "/api/tenants/ELIA/offers")).stream()
                .filter(v -> v.asJsonObject().getString("deviceId").startsWith("dear-")).count() > 0);

        try (LiveOfferSocket bundles = LiveOfferSocket.follow("tso-elia", "ELIA", "bundles")) {
            HttpResponse<String> created = post("tso-elia", "/api/tenants/ELIA/requests", request(period, 0.012, area, 100, null));
            assertEquals(201, created.statusCode(), created.body());
            String requestId = object(created).getString("id");

            JsonObject bundle = awaitValue(() -> {
                HttpResponse<String> r = call("tso-elia", "/api/tenants/ELIA/requests/" + requestId + "/bundle");
                return r.statusCode() == 200 ? object(r) : null;
            });
            JsonArray allocations = bundle.getJsonArray("allocations");
            assertEquals(3, allocations.size(), bundle.toString());
            assertEquals(cheap, allocations.getJsonObject(0).getString("deviceId"), "cheapest first");
            assertEquals(split, allocations.getJsonObject(1).getString("deviceId"));
            assertEquals(dear, allocations.getJsonObject(2).getString("deviceId"));
            assertEquals(2.0, allocations.getJsonObject(2).getJsonNumber("allocatedKw").doubleValue(),
                    "the dearest needed offer is split to the remainder (4 + 6 + 2 = 12 kW)");
            assertEquals(12.0, bundle.getJsonNumber("totalKw").doubleValue(), 1e-9);
            assertEquals(1.0, bundle.getJsonNumber("coverage").doubleValue(), 1e-9);
            assertFalse(bundle.getBoolean("underCovered"));
            double expectedCost = (4 * 50 + 6 * 60 + 2 * 70) / 1000.0 / 6;
            assertEquals(expectedCost, bundle.getJsonNumber("costEur").doubleValue(), 1e-9);
            assertNotNull(bundles.awaitMessageContaining(requestId, PATIENCE), "the bundle is pushed on the bundle feed");

            JsonArray ofPeriod = array(get("tso-elia", "/api/tenants/ELIA/bundles?period=" + period));
            assertTrue(ofPeriod.stream().anyMatch(v -> v.asJsonObject().getString("requestId").equals(requestId)));
        }

        JsonArray depth = array(get("tso-elia", "/api/tenants/ELIA/order-book/depth?period=" + period + "&direction=UP&area=" + area));
        assertEquals(4, depth.size(), depth.toString());
        assertEquals(50.0, depth.getJsonObject(0).getJsonNumber("priceEurPerMwh").doubleValue());
        assertEquals(24.0, depth.getJsonObject(3).getJsonNumber("cumulativeKw").doubleValue(), 1e-9);
    }

    @Test
    void refusedOfferIsAcknowledgedWithItsReasonAndWithdrawalsLeaveTheBook() throws Exception {
        String deviceId = id("ack");
        Instant period = DeviceMqtt.nextPeriod();
        try (DeviceMqtt device = DeviceMqtt.connect(deviceId, register(deviceId, "ELIA", "ORES", "A1", 10));
                LiveOfferSocket live = LiveOfferSocket.follow("tso-elia", "ELIA")) {
            BlockingQueue<String> acks = device.followAcks();
            device.publishOffer(offer(period, 50, 60, 1, ""));
            String refused = acks.poll(15, TimeUnit.SECONDS);
            assertNotNull(refused);
            assertTrue(refused.contains("\"status\":\"REFUSED\"") && refused.contains("OVER_DEVICE_LIMIT"), refused);

            device.publishOffer(offer(period, 5, 60, 1, ""));
            assertTrue(acks.poll(15, TimeUnit.SECONDS).contains("ACCEPTED"));
            awaitTrue(() -> call("tso-elia", "/api/tenants/ELIA/offers").body().contains(deviceId));

            device.publish("gridflex/devices/" + deviceId + "/withdrawals",
                    "{\"tenant\":\"ELIA\",\"period\":\"" + period + "\",\"version\":2}");
            String withdrawn = acks.poll(15, TimeUnit.SECONDS);
            assertNotNull(withdrawn);
            assertTrue(withdrawn.contains("ACCEPTED"), withdrawn);
            awaitTrue(() -> !call("tso-elia", "/api/tenants/ELIA/offers").body().contains(deviceId));
            String left = live.awaitMessageContaining("\"withdrawn\":true", PATIENCE);
            assertNotNull(left, "followers of the book see the offer leave");
            assertTrue(left.contains(deviceId), left);
        }
    }

    @Test
    void dsoSeesOnlyItsOwnRequestsAndOtherTsosSeeNone() throws Exception {
        Instant period = DeviceMqtt.nextPeriod();
        HttpResponse<String> ores = post("dso-elia", "/api/tenants/ELIA/requests", request(period, 0.5, "A1", 80, "ORES"));
        assertEquals(201, ores.statusCode(), ores.body());
        String id = object(ores).getString("id");

        assertEquals(403, post("dso-elia", "/api/tenants/ELIA/requests", request(period, 0.5, "A1", 80, "SIBELGA")).statusCode(),
                "a DSO cannot ask on behalf of another DSO");
        assertEquals(403, post("dso-elia", "/api/tenants/ELIA/requests", request(period, 0.5, "A1", 80, null)).statusCode());
        assertEquals(404, get("dso-sibelga", "/api/tenants/ELIA/requests/" + id).statusCode(),
                "another DSO of the same TSO does not see it");
        assertFalse(get("dso-sibelga", "/api/tenants/ELIA/requests?period=" + period).body().contains(id));
        assertEquals(200, get("tso-elia", "/api/tenants/ELIA/requests/" + id).statusCode(), "its TSO does");
        assertEquals(403, get("dso-stedin", "/api/tenants/ELIA/requests/" + id).statusCode(), "another TSO's DSO does not");
        assertEquals(403, get("tso-tennetnl", "/api/tenants/ELIA/requests?period=" + period).statusCode());
        assertEquals(403, get("tso-tennetnl", "/api/tenants/ELIA/bundles?period=" + period).statusCode());

        HttpResponse<String> revised = put("dso-elia", "/api/tenants/ELIA/requests/" + id, request(period, 0.7, "A1", 85, "ORES"));
        assertEquals(200, revised.statusCode(), revised.body());
        assertEquals(1, object(revised).getInt("updates"));
        assertEquals(0.7, object(revised).getJsonNumber("quantityMw").doubleValue());
        HttpResponse<String> cancelled = delete("dso-elia", "/api/tenants/ELIA/requests/" + id);
        assertEquals(200, cancelled.statusCode());
        assertEquals("CANCELLED", object(cancelled).getString("status"));
        assertEquals(409, put("dso-elia", "/api/tenants/ELIA/requests/" + id, request(period, 0.7, "A1", 85, "ORES")).statusCode(),
                "a cancelled request cannot be revised");
        HttpResponse<String> badPeriod = post("tso-elia", "/api/tenants/ELIA/requests",
                request(period.plus(Duration.ofHours(2)), 1, null, 50, null));
        assertEquals(409, badPeriod.statusCode(), "only the open and the next period are traded");
        assertEquals("application/problem+json", badPeriod.headers().firstValue("Content-Type").orElse(""));
        assertEquals(400, post("tso-elia", "/api/tenants/ELIA/requests", "{\"period\":\"" + period
                + "\",\"direction\":\"UP\",\"quantityMw\":-1,\"maxPriceEurPerMwh\":50}").statusCode());
    }

    private static HttpResponse<String> put(String user, String path, String json) throws Exception {
        return GridFlexServer.HTTP.send(HttpRequest.newBuilder(URI.create(GridFlexServer.BASE + path))
                .header("Authorization", GridFlexServer.basic(user)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> delete(String user, String path) throws Exception {
        return GridFlexServer.delete(user, path);
    }

    private static HttpResponse<String> call(String user, String path) {
        try {
            return get(user, path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(Supplier<Boolean> condition) throws InterruptedException {
        awaitValue(() -> condition.get() ? Boolean.TRUE : null);
    }

    private static <T> T awaitValue(Supplier<T> value) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            T v = value.get();
            if (v != null) {
                return v;
            }
            Thread.sleep(250);
        }
        T v = value.get();
        assertNotNull(v, "not reached within " + PATIENCE);
        return v;
    }
}

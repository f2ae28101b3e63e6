package org.gridflex.it;

import static org.gridflex.it.GridFlexServer.array;
import static org.gridflex.it.GridFlexServer.get;
import static org.gridflex.it.GridFlexServer.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation's vertical slice against the deployed EAR: a device publishes an offer over MQTT, it is stored in
 * its TSO's database, cached, readable over REST and pushed on the WebSocket; bad offers are refused and counted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfferSliceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GridFlexServer.ear();
    }

    private static String newDeviceId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void acceptedOfferIsStoredCachedAndPushedLive() throws Exception {
        String deviceId = newDeviceId("bat");
        String password = GridFlexServer.registerDevice(deviceId, "ELIA", 50);
        Instant period = DeviceMqtt.nextPeriod();

        try (LiveOfferSocket live = LiveOfferSocket.follow("tso-elia", "ELIA");
                DeviceMqtt device = DeviceMqtt.connect(deviceId, password)) {
            device.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 12.5, 87.0, 1));

            String pushed = live.awaitMessageContaining(deviceId, PATIENCE);
            assertNotNull(pushed, "the WebSocket follower of ELIA receives the accepted offer");
            assertTrue(pushed.contains("\"powerKw\":12.5"), pushed);
        }

        HttpResponse<String> liveBook = get("tso-elia", "/api/tenants/ELIA/offers");
        assertEquals(200, liveBook.statusCode(), liveBook.body());
        JsonObject cached = find(array(liveBook), deviceId);
        assertNotNull(cached, "the live book (Infinispan) holds the offer: " + liveBook.body());
        assertEquals("UP", cached.getString("direction"));
        assertEquals(87.0, cached.getJsonNumber("priceEurPerMwh").doubleValue());

        HttpResponse<String> stored = get("tso-elia", "/api/tenants/ELIA/offers?period=" + period);
        assertEquals(200, stored.statusCode(), stored.body());
        JsonObject row = find(array(stored), deviceId);
        assertNotNull(row, "ELIA's database holds the offer: " + stored.body());
        assertEquals(1, row.getInt("version"));
    }

    @Test
    void offerOfOneTsoLandsInItsDatabaseAndNotInAnother() throws Exception {
        String eliaDevice = newDeviceId("elia");
        String tennetDevice = newDeviceId("tennet");
        String eliaPassword = GridFlexServer.registerDevice(eliaDevice, "ELIA", 20);
        String tennetPassword = GridFlexServer.registerDevice(tennetDevice, "TENNETNL", 20);
        Instant period = DeviceMqtt.nextPeriod();

        try (DeviceMqtt elia = DeviceMqtt.connect(eliaDevice, eliaPassword);
                DeviceMqtt tennet = DeviceMqtt.connect(tennetDevice, tennetPassword)) {
            elia.publishOffer(DeviceMqtt.offer("ELIA", period, "DOWN", 4, 40, 1));
            tennet.publishOffer(DeviceMqtt.offer("TENNETNL", period, "UP", 6, 60, 1));
        }

        await(() -> find(array(unchecked("admin", "/api/tenants/ELIA/offers?period=" + period)), eliaDevice) != null);
        await(() -> find(array(unchecked("admin", "/api/tenants/TENNETNL/offers?period=" + period)), tennetDevice) != null);

        JsonArray inElia = array(get("admin", "/api/tenants/ELIA/offers?period=" + period));
        JsonArray inTennet = array(get("admin", "/api/tenants/TENNETNL/offers?period=" + period));
        assertEquals(null, find(inElia, tennetDevice), "TENNETNL's offer is not in ELIA's database");
        assertEquals(null, find(inTennet, eliaDevice), "ELIA's offer is not in TENNETNL's database");
        inElia.forEach(v -> assertEquals("ELIA", v.asJsonObject().getString("tenant")));
        inTennet.forEach(v -> assertEquals("TENNETNL", v.asJsonObject().getString("tenant")));
    }

    @Test
    void refusedOffersAreCountedAndLeaveNothingBehind() throws Exception {
        String deviceId = newDeviceId("hp");
        String password = GridFlexServer.registerDevice(deviceId, "ELIA", 10);
        Instant period = DeviceMqtt.nextPeriod();
        JsonObject before = object(get("admin", "/api/market/offer-rejections"));

        try (DeviceMqtt device = DeviceMqtt.connect(deviceId, password)) {
            device.publishOffer("{this is not json");
            device.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", -5, 50, 1));
            device.publishOffer(DeviceMqtt.offer("TENNETNL", period, "UP", 5, 50, 1));
            device.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 11, 50, 1));
            device.publishOffer(DeviceMqtt.offer("ELIA", period.plus(Duration.ofHours(3)), "UP", 5, 50, 1));
            device.publishOffer(DeviceMqtt.offer("ELIA", period.plusSeconds(60), "UP", 5, 50, 1));
        }

        await(() -> {
            JsonObject now = object(unchecked("admin", "/api/market/offer-rejections"));
            return grew(before, now, "MALFORMED") && grew(before, now, "INVALID_POWER")
                    && grew(before, now, "WRONG_TENANT") && grew(before, now, "OVER_DEVICE_LIMIT")
                    && now.getJsonNumber("WRONG_PERIOD").longValue() >= before.getJsonNumber("WRONG_PERIOD").longValue() + 2;
        });
        assertEquals(0, array(get("admin", "/api/tenants/ELIA/offers?device=" + deviceId)).size(),
                "no refused offer is stored in ELIA's database");
        assertEquals(0, array(get("admin", "/api/tenants/TENNETNL/offers?device=" + deviceId)).size(),
                "the wrong-tenant offer is not stored in TENNETNL's database either");
    }

    @Test
    void removedDeviceIsCutOffAndItsOffersAreNotStored() throws Exception {
        String deviceId = newDeviceId("gone");
        String password = GridFlexServer.registerDevice(deviceId, "ELIA", 10);
        DeviceMqtt device = DeviceMqtt.connect(deviceId, password);
        try {
            assertEquals(204, GridFlexServer.delete("device-admin", "/api/devices/" + deviceId).statusCode());
            // Either the broker re-checks the credential and drops the connection, or the intake refuses the
            // offer as UNKNOWN_DEVICE: in neither case does it reach the book.
            device.publishOffer(DeviceMqtt.offer("ELIA", DeviceMqtt.nextPeriod(), "UP", 5, 50, 1));
        } catch (RuntimeException cutOff) {
            // refused by the broker
        } finally {
            device.close();
        }
        Thread.sleep(1000);
        assertEquals(0, array(get("admin", "/api/tenants/ELIA/offers?device=" + deviceId)).size());
        assertEquals(404, get("device-admin", "/api/devices/" + deviceId).statusCode());
        assertThrows(Mqtt3ConnAckException.class, () -> DeviceMqtt.connect(deviceId, password),
                "a removed device can no longer connect");
    }

    @Test
    void burstOfOffersIsAcknowledgedOnceEachAndTheNewestVersionsWin() throws Exception {
        int devices = 12;
        int versions = 8;
        Instant period = DeviceMqtt.nextPeriod();
        List<DeviceMqtt> clients = new ArrayList<>();
        Map<String, BlockingQueue<String>> acks = new HashMap<>();
        try {
            for (int d = 0; d < devices; d++) {
                String deviceId = newDeviceId("burst");
                DeviceMqtt device = DeviceMqtt.connect(deviceId, GridFlexServer.registerDevice(deviceId, "ELIA", 50));
                clients.add(device);
                acks.put(deviceId, device.followAcks());
            }
            // every device fires its versions without waiting, so they arrive together and are taken in batches
            List<CompletableFuture<?>> sent = new ArrayList<>();
            for (int v = 1; v <= versions; v++) {
                for (DeviceMqtt device : clients) {
                    sent.add(device.client.toAsync().publishWith().topic("gridflex/devices/" + device.deviceId + "/offers")
                            .qos(MqttQos.AT_LEAST_ONCE)
                            .payload(DeviceMqtt.offer("ELIA", period, "UP", v, 40 + v, v).getBytes(StandardCharsets.UTF_8))
                            .send());
                }
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            for (DeviceMqtt device : clients) {
                int accepted = 0;
                for (int i = 0; i < versions; i++) {
                    String ack = acks.get(device.deviceId).poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    assertNotNull(ack, device.deviceId + ": acknowledgement " + (i + 1) + " of " + versions);
                    if (ack.contains("\"ACCEPTED\"")) {
                        accepted++;
                    } else {
                        // the only refusal a device sending in order can get: a later version overtook this one
                        assertTrue(ack.contains("STALE_VERSION"), ack);
                    }
                }
                assertTrue(accepted >= 1, device.deviceId + ": the newest version is always accepted");
                assertEquals(null, acks.get(device.deviceId).poll(300, TimeUnit.MILLISECONDS), "one ack per offer");
                JsonObject offer = find(array(get("admin", "/api/tenants/ELIA/offers?device=" + device.deviceId)),
                        device.deviceId);
                assertNotNull(offer, device.deviceId + " in the book");
                assertEquals(versions, offer.getInt("version"), "the newest version wins");
                assertEquals(versions, offer.getJsonNumber("powerKw").doubleValue(), 1e-9);
            }
        } finally {
            clients.forEach(DeviceMqtt::close);
        }
    }

    @Test
    void changedDeviceLimitAppliesToTheNextOffer() throws Exception {
        String deviceId = newDeviceId("limit");
        String password = GridFlexServer.registerDevice(deviceId, "ELIA", 10);
        Instant period = DeviceMqtt.nextPeriod();
        try (DeviceMqtt device = DeviceMqtt.connect(deviceId, password)) {
            BlockingQueue<String> acks = device.followAcks();
            device.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 8, 50, 1));
            String first = acks.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(first);
            assertTrue(first.contains("ACCEPTED"), first);

            HttpResponse<String> changed = GridFlexServer.put("device-admin", "/api/devices/" + deviceId,
                    "{\"owner\":\"o\",\"dso\":\"DSO-1\",\"gridArea\":\"AREA-1\",\"kind\":\"BATTERY\","
                            + "\"maxUpKw\":5,\"maxDownKw\":5}");
            assertEquals(200, changed.statusCode(), changed.body());
            assertEquals(5, object(changed).getJsonNumber("maxUpKw").doubleValue(), 1e-9);

            device.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 8, 50, 2));
            String second = acks.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(second);
            assertTrue(second.contains("OVER_DEVICE_LIMIT"), "the intake knows the new limit: " + second);
            device.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 4, 50, 3));
            String third = acks.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(third);
            assertTrue(third.contains("ACCEPTED"), third);
        }
        assertEquals(400, GridFlexServer.put("device-admin", "/api/devices/" + deviceId,
                "{\"tenant\":\"RTE\",\"maxUpKw\":5,\"maxDownKw\":5}").statusCode(), "a device stays with its TSO");
        assertEquals(404, GridFlexServer.put("device-admin", "/api/devices/no-such-device",
                "{\"maxUpKw\":5,\"maxDownKw\":5}").statusCode());
    }

    @Test
    void deviceThatPublishesOnAnotherDevicesTopicIsDisconnectedAndNothingIsStored() throws Exception {
        String victim = newDeviceId("victim");
        String intruder = newDeviceId("intruder");
        GridFlexServer.registerDevice(victim, "ELIA", 10);
        String password = GridFlexServer.registerDevice(intruder, "ELIA", 10);
        JsonObject before = object(get("admin", "/api/market/offer-rejections"));
        DeviceMqtt device = DeviceMqtt.connect(intruder, password);
        try {
            device.publish("gridflex/devices/" + victim + "/offers", DeviceMqtt.offer("ELIA", DeviceMqtt.nextPeriod(), "UP", 5, 1, 1));
        } catch (RuntimeException expected) {
            // the broker closes the connection instead of acknowledging
        }
        await(() -> !device.client.getState().isConnected());
        device.close();
        Thread.sleep(1000);
        assertEquals(0, array(get("admin", "/api/tenants/ELIA/offers?device=" + victim)).size(),
                "the forged offer never reached the market");
        assertTrue(grew(before, object(get("admin", "/api/market/offer-rejections")), "FOREIGN_TOPIC"),
                "the broker's refusal is counted");
    }

    @Test
    void deviceThatSubscribesToOtherDevicesTopicsIsDisconnected() throws Exception {
        String deviceId = newDeviceId("snoop");
        DeviceMqtt device = DeviceMqtt.connect(deviceId, GridFlexServer.registerDevice(deviceId, "ELIA", 10));
        try {
            device.client.subscribeWith().topicFilter("gridflex/devices/+/offers").send();
        } catch (RuntimeException expected) {
            // no SUBACK: the broker closes the connection
        }
        await(() -> !device.client.getState().isConnected());
        device.close();
    }

    @Test
    void portalPageShowsTheLiveOffersOfTheOperatorsTso() throws Exception {
        String deviceId = newDeviceId("portal");
        String password = GridFlexServer.registerDevice(deviceId, "TENNETNL", 10);
        try (DeviceMqtt device = DeviceMqtt.connect(deviceId, password)) {
            device.publishOffer(DeviceMqtt.offer("TENNETNL", DeviceMqtt.nextPeriod(), "DOWN", 3.5, 42, 1));
        }
        await(() -> unchecked("tso-tennetnl", "/portal/offers.xhtml?tenant=TENNETNL").body().contains(deviceId));
        HttpResponse<String> page = get("tso-tennetnl", "/portal/offers.xhtml?tenant=TENNETNL");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Signed in as <strong>tso-tennetnl</strong>"), page.body());
        HttpResponse<String> foreign = get("tso-elia", "/portal/offers.xhtml?tenant=TENNETNL");
        assertEquals(200, foreign.statusCode());
        assertTrue(!foreign.body().contains(deviceId), "an ELIA operator does not see TENNETNL's offers in the portal");
        assertEquals(401, get(null, "/portal/offers.xhtml").statusCode());
    }

    @Test
    void staleVersionIsRefusedAndNewestVersionWins() throws Exception {
        String deviceId = newDeviceId("ev");
        String password = GridFlexServer.registerDevice(deviceId, "ELIA", 30);
        Instant period = DeviceMqtt.nextPeriod();
        try (DeviceMqtt device = DeviceMqtt.connect(deviceId, password)) {
            device.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 5, 50, 1));
            device.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 7, 55, 3));
            device.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 9, 60, 2));
        }
        await(() -> {
            JsonArray stored = array(unchecked("tso-elia", "/api/tenants/ELIA/offers?device=" + deviceId));
            return stored.size() == 1 && stored.getJsonObject(0).getInt("version") == 3;
        });
        JsonObject offer = array(get("tso-elia", "/api/tenants/ELIA/offers?device=" + deviceId)).getJsonObject(0);
        assertEquals(7.0, offer.getJsonNumber("powerKw").doubleValue(), "version 2 arriving after 3 does not win");
    }

    @Test
    void devicesWithoutValidCredentialsCannotConnect() throws Exception {
        String deviceId = newDeviceId("pv");
        GridFlexServer.registerDevice(deviceId, "ELIA", 5);
        Mqtt3BlockingClient anonymous = MqttClient.builder().useMqttVersion3().identifier("anon-" + deviceId)
                .serverHost(GridFlexServer.HOST).serverPort(GridFlexServer.MQTT_PORT).buildBlocking();
        assertThrows(Mqtt3ConnAckException.class, anonymous::connect, "anonymous devices are refused");
        assertThrows(Mqtt3ConnAckException.class,
                () -> DeviceMqtt.connect(deviceId, "not-the-password-of-this-device"), "a wrong password is refused");
    }

    @Test
    void operatorOfOneTsoCannotReadAnother() throws Exception {
        HttpResponse<String> foreign = get("tso-elia", "/api/tenants/TENNETNL/offers");
        assertEquals(403, foreign.statusCode());
        assertEquals("application/problem+json", foreign.headers().firstValue("Content-Type").orElse(""));
        assertEquals(403, object(foreign).getInt("status"));

        HttpResponse<String> anonymous = get(null, "/api/tenants/ELIA/offers");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "the container's own refusals are problem documents too");
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(404, get("admin", "/api/tenants/NOSUCHTSO/offers").statusCode());
        assertEquals(200, get("tso-tennetnl", "/api/tenants/TENNETNL/offers").statusCode());

        try (LiveOfferSocket socket = LiveOfferSocket.follow("tso-elia", "TENNETNL")) {
            assertEquals(1008, socket.closedWith.get(10, TimeUnit.SECONDS),
                    "the WebSocket feed of another TSO is closed with a policy violation");
        }
    }

    @Test
    void invalidDeviceRegistrationGetsAProblemAndStoresNothing() throws Exception {
        HttpResponse<String> bad = GridFlexServer.post("device-admin", "/api/devices",
                "{\"deviceId\":\"a/b\",\"password\":\"long-enough-password\",\"owner\":\"x\",\"tenant\":\"ELIA\",\"maxUpKw\":1,\"maxDownKw\":1}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> malformed = GridFlexServer.post("device-admin", "/api/devices", "{not json");
        assertEquals(400, malformed.statusCode(), malformed.body());
        HttpResponse<String> forbidden = GridFlexServer.post("tso-elia", "/api/devices",
                "{\"deviceId\":\"x1\",\"password\":\"long-enough-password\",\"owner\":\"x\",\"tenant\":\"ELIA\",\"maxUpKw\":1,\"maxDownKw\":1}");
        assertEquals(403, forbidden.statusCode(), "only device administrators register devices");
        assertEquals(404, get("device-admin", "/api/devices/x1").statusCode());
    }

    private static boolean grew(JsonObject before, JsonObject now, String reason) {
        return now.getJsonNumber(reason).longValue() > before.getJsonNumber(reason).longValue();
    }

    private static JsonObject find(JsonArray offers, String deviceId) {
        return offers.stream().map(v -> v.asJsonObject())
                .filter(o -> deviceId.equals(o.getString("deviceId")))
                .findFirst().orElse(null);
    }

    private static HttpResponse<String> unchecked(String user, String path) {
        try {
            return get(user, path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        assertTrue(condition.getAsBoolean(), "condition not met within " + PATIENCE);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

package org.gridflex.it;

import static org.gridflex.it.GridFlexServer.array;
import static org.gridflex.it.GridFlexServer.get;
import static org.gridflex.it.GridFlexServer.object;
import static org.gridflex.it.GridFlexServer.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Activation through the real interfaces: devices with offers in a bundle, a TSO's setpoint over REST and over JMS,
 * signed activations on the devices' MQTT topics (verified here with the keys the node publishes, by the documented
 * canonical text), baselines back to the requester, repeated and missing answers reported.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivationIT {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GridFlexServer.ear();
    }

    /** A device that follows its activations topic. */
    record Follower(DeviceMqtt mqtt, BlockingQueue<String> activations) implements AutoCloseable {
        static Follower connect(String deviceId, String password) {
            DeviceMqtt mqtt = DeviceMqtt.connect(deviceId, password);
            BlockingQueue<String> received = new LinkedBlockingQueue<>();
            mqtt.client.toAsync().subscribeWith().topicFilter("gridflex/devices/" + deviceId + "/activations")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .callback(p -> received.add(StandardCharsets.UTF_8.decode(p.getPayload().orElseThrow()).toString()))
                    .send().join();
            return new Follower(mqtt, received);
        }

        JsonObject next() throws InterruptedException {
            String json = activations.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(json, "an activation for " + mqtt.deviceId);
            return Json.createReader(new StringReader(json)).readObject();
        }

        void answer(JsonObject activation, long baselineW) {
            answerAs(mqtt, activation, baselineW);
        }

        /** Publishes the device's ACK with its baseline for the activation on its baselines topic. */
        static void answerAs(DeviceMqtt mqtt, JsonObject activation, long baselineW) {
            mqtt.publish("gridflex/devices/" + mqtt.deviceId + "/baselines", "{\"activationId\":\""
                    + activation.getString("activationId") + "\",\"sequence\":" + activation.getJsonNumber("sequence")
                    + ",\"status\":\"ACK\",\"baselineW\":" + baselineW + ",\"receivedAt\":\"" + Instant.now()
                    + "\",\"sentAt\":\"" + Instant.now() + "\"}");
        }

        @Override
        public void close() {
            mqtt.close();
        }
    }

    static String register(String deviceId, String area) throws Exception {
        String password = "pw-" + deviceId + "-0123456789";
        HttpResponse<String> r = post("device-admin", "/api/devices", "{\"deviceId\":\"" + deviceId + "\",\"password\":\""
                + password + "\",\"owner\":\"o\",\"tenant\":\"ELIA\",\"dso\":\"ORES\",\"gridArea\":\"" + area
                + "\",\"kind\":\"BATTERY\",\"maxUpKw\":20,\"maxDownKw\":20}");
        assertEquals(201, r.statusCode(), r.body());
        return password;
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Verifies an activation as the README defines it, written here independently of GridFlex's code: the leaf hash of
     * its canonical text, up the proof to the root, and the published key's Ed25519 signature over "GFROOT1" + root.
     */
    static boolean verifies(JsonObject activation, Map<String, PublicKey> keys) throws Exception {
        PublicKey key = keys.get(activation.getString("keyId"));
        if (key == null) {
            return false;
        }
        String canonical = String.join("\n", "GFACT1", activation.getString("activationId"),
                activation.getString("deviceId"), activation.getJsonNumber("sequence").toString(),
                activation.getString("issuedAt"), activation.getString("validUntil"),
                activation.getJsonNumber("setpointW").toString());
        byte[] hash = sha256((byte) 0, canonical.getBytes(StandardCharsets.UTF_8));
        for (JsonValue step : activation.getJsonArray("proof")) {
            String s = ((jakarta.json.JsonString) step).getString();
            byte[] sibling = Base64.getDecoder().decode(s.substring(1));
            hash = s.charAt(0) == 'L' ? sha256((byte) 1, sibling, hash) : sha256((byte) 1, hash, sibling);
        }
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update("GFROOT1".getBytes(StandardCharsets.US_ASCII));
        verifier.update(hash);
        return verifier.verify(Base64.getDecoder().decode(activation.getString("signature")));
    }

    private static byte[] sha256(byte prefix, byte[]... parts) throws Exception {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(prefix);
        for (byte[] part : parts) {
            sha.update(part);
        }
        return sha.digest();
    }

    static Map<String, PublicKey> publishedKeys() throws Exception {
        HttpResponse<String> r = get(null, "/api/activation/keys");
        assertEquals(200, r.statusCode(), "the keys are public");
        return keysOf(array(r));
    }

    /** The keys of a GET /api/activation/keys answer, by key id. */
    static Map<String, PublicKey> keysOf(JsonArray published) throws Exception {
        Map<String, PublicKey> keys = new HashMap<>();
        for (JsonValue v : published) {
            JsonObject k = v.asJsonObject();
            assertEquals("Ed25519", k.getString("algorithm"));
            keys.put(k.getString("keyId"), KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(k.getString("publicKey")))));
        }
        assertFalse(keys.isEmpty());
        return keys;
    }

    /** Three devices offer 4, 6 and 5 kW at 50, 60 and 70 EUR/MWh; a 12 kW request gets a bundle of 4 + 6 + 2. */
    static String bundledRequest(String area, String cheap, String mid, String dear, Instant period) throws Exception {
        try (DeviceMqtt a = DeviceMqtt.connect(cheap, password(cheap)); DeviceMqtt b = DeviceMqtt.connect(mid, password(mid));
                DeviceMqtt c = DeviceMqtt.connect(dear, password(dear))) {
            a.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 4, 50, 1));
            b.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 6, 60, 1));
            c.publishOffer(DeviceMqtt.offer("ELIA", period, "UP", 5, 70, 1));
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && array(get("tso-elia", "/api/tenants/ELIA/offers")).stream()
                .filter(v -> v.asJsonObject().getString("deviceId").equals(dear)).findAny().isEmpty()) {
            Thread.sleep(100);
        }
        HttpResponse<String> created = post("tso-elia", "/api/tenants/ELIA/requests", "{\"period\":\"" + period
                + "\",\"direction\":\"UP\",\"quantityMw\":0.012,\"gridArea\":\"" + area + "\",\"maxPriceEurPerMwh\":100}");
        assertEquals(201, created.statusCode(), created.body());
        String requestId = object(created).getString("id");
        while (System.nanoTime() < deadline) {
            HttpResponse<String> bundle = get("tso-elia", "/api/tenants/ELIA/requests/" + requestId + "/bundle");
            if (bundle.statusCode() == 200 && object(bundle).getJsonArray("allocations").size() == 3) {
                return requestId;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no bundle for request " + requestId);
    }

    /** Three devices in a grid area of their own, for a bundled request's cheap, mid and dear offers. */
    record Trio(String area, String cheap, String mid, String dear) {
        static Trio registered(String areaPrefix) throws Exception {
            Trio trio = new Trio(id(areaPrefix), id("cheap"), id("mid"), id("dear"));
            for (String device : List.of(trio.cheap, trio.mid, trio.dear)) {
                register(device, trio.area);
            }
            return trio;
        }

        String bundledRequest(Instant period) throws Exception {
            return ActivationIT.bundledRequest(area, cheap, mid, dear, period);
        }
    }

    static String password(String deviceId) {
        return "pw-" + deviceId + "-0123456789";
    }

    /**
     * One subscription to {@code gridflex/devices/<id>/+} (what the README advises for large fleets: the broker's cost
     * of a new subscription grows with the number of its queues) carries the device's acknowledgements and activations,
     * and never the device's own offers or answers back (the broker diverts those exclusively).
     */
    @Test
    void oneWildcardSubscriptionCarriesAcksAndActivationsButNotTheDevicesOwnMessages() throws Exception {
        Trio trio = Trio.registered("WILD");
        Instant period = DeviceMqtt.nextPeriod();
        try (DeviceMqtt device = DeviceMqtt.connect(trio.cheap(), password(trio.cheap()))) {
            BlockingQueue<String[]> received = new LinkedBlockingQueue<>();
            device.client.toAsync().subscribeWith().topicFilter("gridflex/devices/" + trio.cheap() + "/+")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .callback(p -> received.add(new String[] {p.getTopic().toString(),
                            StandardCharsets.UTF_8.decode(p.getPayload().orElseThrow()).toString()}))
                    .send().join();
            String requestId = trio.bundledRequest(period);
            HttpResponse<String> sent = post("tso-elia", "/api/activation/tenants/ELIA/setpoints",
                    "{\"requestId\":\"" + requestId + "\",\"setpointKw\":3,\"validitySeconds\":5}");
            assertEquals(202, sent.statusCode(), sent.body());

            String base = "gridflex/devices/" + trio.cheap() + "/";
            Map<String, String> firstOnTopic = awaitTopics(received, base + "acks", base + "activations");
            assertTrue(firstOnTopic.get(base + "acks").contains("\"status\":\"ACCEPTED\""), firstOnTopic.toString());
            JsonObject activation = Json.createReader(new StringReader(firstOnTopic.get(base + "activations")))
                    .readObject();
            assertEquals(3000, activation.getJsonNumber("setpointW").longValue());
            assertTrue(verifies(activation, publishedKeys()));

            Follower.answerAs(device, activation, 1000);
            awaitAnswers("/api/activation/tenants/ELIA/setpoints/" + object(sent).getString("setpointId"), 1);
            String[] more = received.poll(1, TimeUnit.SECONDS);
            while (more != null) {
                assertTrue(more[0].endsWith("/acks") || more[0].endsWith("/activations"),
                        "only acks and activations reach the device, not " + more[0]);
                more = received.poll(200, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** The first message on each of the topics; fails on a message on any other topic. */
    private static Map<String, String> awaitTopics(BlockingQueue<String[]> received, String... topics)
            throws InterruptedException {
        Map<String, String> first = new HashMap<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (first.size() < topics.length && System.nanoTime() < deadline) {
            String[] next = received.poll(200, TimeUnit.MILLISECONDS);
            if (next != null) {
                assertTrue(List.of(topics).contains(next[0]), "an unexpected message on " + next[0]);
                first.putIfAbsent(next[0], next[1]);
            }
        }
        assertEquals(topics.length, first.size(), "messages on " + List.of(topics) + ": " + first.keySet());
        return first;
    }

    @Test
    void aSetpointReachesTheBundlesDevicesSignedInMeritOrderAndTheirBaselinesComeBack() throws Exception {
        Trio trio = Trio.registered("ACT");
        Instant period = DeviceMqtt.nextPeriod();
        try (Follower c = Follower.connect(trio.cheap(), password(trio.cheap()));
                Follower m = Follower.connect(trio.mid(), password(trio.mid()));
                Follower d = Follower.connect(trio.dear(), password(trio.dear()))) {
            String requestId = trio.bundledRequest(period);
            Map<String, PublicKey> keys = publishedKeys();

            assertEquals(403, post("tso-tennetnl", "/api/activation/tenants/ELIA/setpoints",
                    "{\"requestId\":\"" + requestId + "\",\"setpointKw\":7}").statusCode(), "another TSO's operator");
            HttpResponse<String> sent = post("tso-elia", "/api/activation/tenants/ELIA/setpoints",
                    "{\"requestId\":\"" + requestId + "\",\"setpointKw\":7,\"validitySeconds\":5}");
            assertEquals(202, sent.statusCode(), sent.body());
            JsonObject receipt = object(sent);
            assertEquals(7000, receipt.getJsonNumber("activatedW").longValue());
            assertEquals(2, receipt.getJsonArray("activations").size(), "the dearest device is not needed");

            JsonObject toCheap = c.next();
            JsonObject toMid = m.next();
            assertEquals(4000, toCheap.getJsonNumber("setpointW").longValue(), "merit order: all of the cheapest offer");
            assertEquals(3000, toMid.getJsonNumber("setpointW").longValue(), "the rest from the next one");
            assertTrue(verifies(toCheap, keys), "signed with a published node key");
            assertTrue(verifies(toMid, keys));
            assertEquals(toCheap.getString("signature"), toMid.getString("signature"), "one signature per setpoint");
            JsonObject forged = Json.createObjectBuilder(toMid).add("setpointW", 6000).build();
            assertFalse(verifies(forged, keys), "a changed setpoint no longer verifies");
            assertNull(d.activations().poll(1, TimeUnit.SECONDS), "no activation for the device outside the setpoint");

            LiveOfferSocket answersFeed = LiveOfferSocket.follow("tso-elia", "ELIA", "activations");
            c.answer(toCheap, 12_000);
            m.answer(toMid, 8_000);
            String pushed = answersFeed.awaitMessageContaining(toMid.getString("activationId"), PATIENCE);
            assertNotNull(pushed, "the answer is pushed to the TSO's WebSocket followers");
            assertTrue(pushed.contains("\"status\":\"ACKED\"") && pushed.contains("\"baselineW\":8000"), pushed);
            answersFeed.close();
            String setpoint = "/api/activation/tenants/ELIA/setpoints/" + receipt.getString("setpointId");
            awaitAnswers(setpoint, 2);
            c.answer(toCheap, 12_500); // a repeat is only counted
            awaitDuplicate(setpoint, trio.cheap());
            JsonArray answers = array(get("tso-elia", setpoint));
            for (JsonValue v : answers) {
                JsonObject a = v.asJsonObject();
                assertEquals("ACKED", a.getString("status"), a.toString());
                assertTrue(a.getJsonNumber("roundTripMs").doubleValue() >= 0);
                if (a.getString("deviceId").equals(trio.cheap())) {
                    assertEquals(12_000, a.getJsonNumber("baselineW").longValue(), "the first answer counts");
                } else {
                    assertEquals(8_000, a.getJsonNumber("baselineW").longValue());
                }
            }
            assertEquals(403, get("tso-tennetnl", setpoint).statusCode(), "another TSO's operator cannot read it");

            // a device that does not answer within its validity is reported
            HttpResponse<String> second = post("tso-elia", "/api/activation/tenants/ELIA/setpoints",
                    "{\"requestId\":\"" + requestId + "\",\"setpointKw\":3,\"validitySeconds\":1}");
            assertEquals(202, second.statusCode(), second.body());
            assertNotNull(c.next());
            String secondUrl = "/api/activation/tenants/ELIA/setpoints/" + object(second).getString("setpointId");
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            String status = "";
            while (System.nanoTime() < deadline && !status.equals("MISSED")) {
                status = array(get("tso-elia", secondUrl)).getJsonObject(0).getString("status");
                Thread.sleep(250);
            }
            assertEquals("MISSED", status);
        }
    }

    static JsonArray awaitAnswers(String url, int count) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonArray all = array(get("tso-elia", url));
            if (all.stream().filter(v -> !v.asJsonObject().getString("status").equals("SENT")).count() >= count) {
                return all;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no answers at " + url);
    }

    private static void awaitDuplicate(String url, String deviceId) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (array(get("tso-elia", url)).stream().map(JsonValue::asJsonObject)
                    .anyMatch(a -> a.getString("deviceId").equals(deviceId) && a.getInt("duplicates") == 1)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the repeated answer was not counted");
    }

    @Test
    void aSetpointOverJmsGetsTheDevicesAnswersOnItsReplyQueue() throws Exception {
        Trio trio = Trio.registered("JMS");
        Instant period = DeviceMqtt.nextPeriod();
        try (Follower c = Follower.connect(trio.cheap(), password(trio.cheap()));
                ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://" + GridFlexServer.HOST + ":"
                        + GridFlexServer.HTTP_PORT + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
                JMSContext lfc = factory.createContext("lfc-elia", "lfc-elia-pw")) {
            String requestId = trio.bundledRequest(period);
            TemporaryQueue replies = lfc.createTemporaryQueue();
            try (JMSConsumer answers = lfc.createConsumer(replies)) {
                TextMessage setpoint = lfc.createTextMessage("{\"requestId\":\"" + requestId + "\",\"setpointKw\":2.5}");
                setpoint.setStringProperty("TenantId", "ELIA");
                setpoint.setJMSReplyTo(replies);
                lfc.createProducer().send(ActiveMQDestination.createQueue("jms.queue.ActivationSetpoints"), setpoint);

                JsonObject activation = c.next();
                assertEquals(2500, activation.getJsonNumber("setpointW").longValue());
                assertTrue(verifies(activation, publishedKeys()));
                c.answer(activation, 9_000);
                Message reply = answers.receive(PATIENCE.toMillis());
                assertNotNull(reply, "the device's answer on the reply queue");
                JsonObject body = Json.createReader(new StringReader(((TextMessage) reply).getText())).readObject();
                assertEquals(activation.getString("activationId"), body.getString("activationId"));
                assertEquals("ACKED", body.getString("status"));
                assertEquals(9_000, body.getJsonNumber("baselineW").longValue());
                assertEquals("ELIA", reply.getStringProperty("TenantId"));
            }
        }
    }
}

package org.gridflex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.Reader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two GridFlex installations of different operators, federated (failsafe execution "federation",
 * arquillian-federation.xml): a TSO's installation (no devices of its own) and a DSO's, where the devices connect.
 * They share no cluster; everything between them goes over the broker bridges and is signed by the sender.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FederationIT {

    private static final ClusterNode TSO = ClusterNode.of("tso");
    private static final ClusterNode DSO = ClusterNode.of("dso");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment(name = "tso", testable = false)
    @TargetsContainer("tso")
    static EnterpriseArchive onTso() {
        return GridFlexServer.ear();
    }

    @Deployment(name = "dso", testable = false)
    @TargetsContainer("dso")
    static EnterpriseArchive onDso() {
        return GridFlexServer.ear();
    }

    @Test
    void aTsoActivatesADeviceOfItsPeerAndTheBaselineComesBack() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String deviceId = "fed-" + suffix;
        String area = "FED-" + suffix;
        String password = "pw-" + deviceId + "-0123456789";
        DSO.registerDevice(deviceId, password, "ELIA", 40, area); // only the DSO's installation knows the device
        Instant period = DeviceMqtt.nextPeriod();
        BlockingQueue<String> activations = new LinkedBlockingQueue<>();
        Mqtt3BlockingClient device = DSO.connectDevice(deviceId, password);
        try {
            subscribe(device, deviceId, activations);
            ClusterNode.publishOffer(device, deviceId, DeviceMqtt.offer("ELIA", period, "UP", 6, 55, 1));

            // the offer reaches the TSO's book, marked with the installation the device is connected to
            JsonObject shared = await("the TSO installation's book holds the DSO device's offer",
                    () -> ClusterNode.find(TSO.getArray("tso-elia", "/api/tenants/ELIA/offers"), deviceId));
            assertEquals(DSO.name, shared.getString("origin"));
            assertEquals(DSO.name + "/" + deviceId + "@" + period, shared.getString("id"));
            assertEquals(6.0, shared.getJsonNumber("powerKw").doubleValue(), 1e-9);
            assertFalse(ClusterNode.find(DSO.getArray("tso-elia", "/api/tenants/ELIA/offers"), deviceId)
                    .containsKey("origin"), "on its own installation the offer has no origin (and is not shared back)");

            Thread.sleep(1000); // several offer-batch intervals: anything echoed would be on its way by now
            assertEquals(0, traffic(TSO, "OFFERS_SHARED"), "the TSO installation shares no offer (it has no devices)");
            assertEquals(0, traffic(DSO, "OFFERS_RECEIVED"), "the peer's offer is not shared back (no loop)");

            String requestId = TSO.postRequest("tso-elia", "{\"period\":\"" + period + "\",\"direction\":\"UP\","
                    + "\"quantityMw\":0.006,\"gridArea\":\"" + area + "\",\"maxPriceEurPerMwh\":100}");
            JsonObject bundle = await("the TSO's bundler bundles the peer's device", () -> {
                HttpResponse<String> r = TSO.get("tso-elia", "/api/tenants/ELIA/requests/" + requestId + "/bundle");
                JsonObject b = r.statusCode() == 200 ? Json.createReader(new StringReader(r.body())).readObject() : null;
                return b != null && !b.getJsonArray("allocations").isEmpty() ? b : null;
            });
            assertEquals(deviceId, bundle.getJsonArray("allocations").getJsonObject(0).getString("deviceId"));

            HttpResponse<String> sent = TSO.post("tso-elia", "/api/activation/tenants/ELIA/setpoints",
                    "{\"requestId\":\"" + requestId + "\",\"setpointKw\":4,\"validitySeconds\":20}");
            assertEquals(202, sent.statusCode(), sent.body());
            String setpointId = Json.createReader(new StringReader(sent.body())).readObject().getString("setpointId");

            String received = activations.poll(30, TimeUnit.SECONDS);
            assertNotNull(received, "the activation issued by the TSO installation reaches the device at the DSO's");
            JsonObject activation = Json.createReader(new StringReader(received)).readObject();
            assertEquals(deviceId, activation.getString("deviceId"));
            assertEquals(4000, activation.getJsonNumber("setpointW").longValue());
            Map<String, PublicKey> dsoKeys = ActivationIT.keysOf(DSO.getArray("tso-elia", "/api/activation/keys"));
            Map<String, PublicKey> tsoKeys = ActivationIT.keysOf(TSO.getArray("tso-elia", "/api/activation/keys"));
            assertTrue(ActivationIT.verifies(activation, dsoKeys), "signed again by the device's own installation");
            assertFalse(tsoKeys.containsKey(activation.getString("keyId")), "not the TSO installation's key");

            Instant receivedAt = Instant.now();
            device.publishWith().topic("gridflex/devices/" + deviceId + "/baselines").qos(MqttQos.AT_LEAST_ONCE)
                    .payload(Json.createObjectBuilder().add("activationId", activation.getString("activationId"))
                            .add("sequence", activation.getJsonNumber("sequence").longValue()).add("status", "ACK")
                            .add("baselineW", 1234).add("receivedAt", receivedAt.toString())
                            .add("sentAt", Instant.now().toString()).build().toString()
                            .getBytes(StandardCharsets.UTF_8))
                    .send();

            JsonObject answer = await("the baseline returns to the installation that issued the setpoint", () -> {
                JsonObject a = TSO.getArray("tso-elia", "/api/activation/tenants/ELIA/setpoints/" + setpointId)
                        .getJsonObject(0);
                return "ACKED".equals(a.getString("status")) ? a : null;
            });
            assertEquals(activation.getString("activationId"), answer.getString("activationId"));
            assertEquals(1234, answer.getJsonNumber("baselineW").longValue());
            assertEquals(DSO.name, answer.getString("forwardedTo"));
            assertTrue(answer.getJsonNumber("roundTripMs").doubleValue() > 0, "recorded with its latency: " + answer);
            assertFalse(answer.getBoolean("late"));

            reportHopLatency(requestId, activations);

            device.publishWith().topic("gridflex/devices/" + deviceId + "/withdrawals").qos(MqttQos.AT_LEAST_ONCE)
                    .payload(("{\"tenant\":\"ELIA\",\"period\":\"" + period + "\",\"version\":2}")
                            .getBytes(StandardCharsets.UTF_8))
                    .send();
            await("the withdrawal reaches the TSO installation and the offer leaves its book", () ->
                    ClusterNode.find(TSO.getArray("tso-elia", "/api/tenants/ELIA/offers"), deviceId) == null
                            ? Boolean.TRUE : null);
        } finally {
            device.disconnect();
        }
    }

    @Test
    void forgedForwardedActivationsAreRefusedAndNeverReachTheDevice() throws Exception {
        String deviceId = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + deviceId + "-0123456789";
        DSO.registerDevice(deviceId, password, "ELIA", 40);
        Properties links = links();
        String tsoKeyId = keyId(links.getProperty(TSO.name + ".public-key"));
        KeyPair intruder = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        long badSignaturesBefore = refused(DSO, "BAD_SIGNATURE");
        long unknownPeersBefore = refused(DSO, "UNKNOWN_PEER");

        BlockingQueue<String> activations = new LinkedBlockingQueue<>();
        Mqtt3BlockingClient device = DSO.connectDevice(deviceId, password);
        try {
            subscribe(device, deviceId, activations);
            // Over the DSO broker with the TSO installation's own bridge account: the broker lets it in, only the
            // signature can tell. (1) signed by a key nobody configured, (2) claiming the TSO's key id,
            // (3) from an installation that is not a peer at all.
            ConnectionFactory factory = new ActiveMQConnectionFactory("tcp://" + GridFlexServer.HOST + ":"
                    + DSO.httpPort + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
            try (JMSContext jms = factory.createContext(TSO.name, links.getProperty(TSO.name + ".password-at-peer"))) {
                sendForged(jms, TSO.name, forged(deviceId, intruder, keyId(intruder.getPublic())));
                sendForged(jms, TSO.name, forged(deviceId, intruder, tsoKeyId));
                sendForged(jms, "mallory", forged(deviceId, intruder, keyId(intruder.getPublic())));
            }
            await("the DSO installation refuses and counts both forged activations",
                    () -> refused(DSO, "BAD_SIGNATURE") >= badSignaturesBefore + 2 ? Boolean.TRUE : null);
            await("and the message from an unknown installation",
                    () -> refused(DSO, "UNKNOWN_PEER") >= unknownPeersBefore + 1 ? Boolean.TRUE : null);
            assertNull(activations.poll(2, TimeUnit.SECONDS), "nothing forged reaches the device");
            assertEquals(badSignaturesBefore + 2, refused(DSO, "BAD_SIGNATURE"));
        } finally {
            device.disconnect();
        }
    }

    @Test
    void peersAreConfiguredWithEachOthersPublishedKeys() throws Exception {
        JsonObject tso = object(TSO.get("admin", "/api/federation"));
        JsonObject dso = object(DSO.get("admin", "/api/federation"));
        assertTrue(tso.getBoolean("enabled"));
        assertEquals(TSO.name, tso.getString("name"));
        assertEquals(DSO.name, tso.getJsonArray("peers").getJsonObject(0).getString("name"));
        String dsoPublished = DSO.getArray("admin", "/api/activation/keys").getJsonObject(0).getString("keyId");
        assertEquals(dsoPublished, tso.getJsonArray("peers").getJsonObject(0).getString("keyId"));
        assertNotEquals(dsoPublished, TSO.getArray("admin", "/api/activation/keys").getJsonObject(0).getString("keyId"),
                "each installation signs with its own key");
        assertEquals(TSO.name, dso.getJsonArray("peers").getJsonObject(0).getString("name"));
    }

    /**
     * Not a benchmark (one device, two servers on one machine, sequential setpoints), but a figure for one federation
     * hop: from the TSO installation issuing an activation to the device at the DSO's installation receiving it (both
     * on this machine's clock), over 20 setpoints; written to target/federation/hop-latency.txt.
     */
    private static void reportHopLatency(String requestId, BlockingQueue<String> activations) throws Exception {
        long[] millis = new long[20];
        for (int i = 0; i < millis.length; i++) {
            HttpResponse<String> sent = TSO.post("tso-elia", "/api/activation/tenants/ELIA/setpoints",
                    "{\"requestId\":\"" + requestId + "\",\"setpointKw\":" + (1 + i % 5) + ",\"validitySeconds\":4}");
            assertEquals(202, sent.statusCode(), sent.body());
            String received = activations.poll(10, TimeUnit.SECONDS);
            Instant arrived = Instant.now();
            assertNotNull(received, "setpoint " + i + " reaches the device over the federation link");
            Instant issued = Instant.parse(Json.createReader(new StringReader(received)).readObject().getString("issuedAt"));
            millis[i] = Duration.between(issued, arrived).toMillis();
        }
        java.util.Arrays.sort(millis);
        String figure = "federation hop, issued at the TSO installation -> received by the device at the DSO's: "
                + millis.length + " activations, p50 " + millis[millis.length / 2] + " ms, max "
                + millis[millis.length - 1] + " ms";
        System.out.println(figure);
        Files.writeString(Path.of(System.getProperty("gridflex.it.federation.dir"), "hop-latency.txt"), figure + "\n");
    }

    private static void subscribe(Mqtt3BlockingClient device, String deviceId, BlockingQueue<String> into) {
        device.toAsync().subscribeWith().topicFilter("gridflex/devices/" + deviceId + "/activations")
                .qos(MqttQos.AT_LEAST_ONCE)
                .callback(p -> into.add(StandardCharsets.UTF_8.decode(p.getPayload().orElseThrow()).toString()))
                .send().join();
    }

    /** An activations message as a peer forwards it, for the device, signed (alone, no proof) by {@code signer}. */
    private static String forged(String deviceId, KeyPair signer, String claimedKeyId) throws Exception {
        Instant now = Instant.now();
        String activationId = UUID.randomUUID().toString();
        long sequence = System.currentTimeMillis() * 1000;
        String canonical = String.join("\n", "GFACT1", activationId, deviceId, Long.toString(sequence),
                now.toString(), now.plusSeconds(20).toString(), "9000");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((byte) 0);
        byte[] root = sha.digest(canonical.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(signer.getPrivate());
        signature.update("GFROOT1".getBytes(StandardCharsets.US_ASCII));
        signature.update(root);
        JsonObject activation = Json.createObjectBuilder().add("activationId", activationId).add("deviceId", deviceId)
                .add("sequence", sequence).add("issuedAt", now.toString())
                .add("validUntil", now.plusSeconds(20).toString()).add("setpointW", 9000).add("keyId", claimedKeyId)
                .add("signature", Base64.getEncoder().encodeToString(signature.sign()))
                .add("proof", Json.createArrayBuilder()).build();
        return Json.createObjectBuilder().add("tenant", "ELIA").add("setpointId", UUID.randomUUID().toString())
                .add("requestId", UUID.randomUUID().toString())
                .add("activations", Json.createArrayBuilder().add(activation)).build().toString();
    }

    private static void sendForged(JMSContext jms, String claimedSender, String payload) throws Exception {
        TextMessage message = jms.createTextMessage(payload);
        message.setStringProperty("GridFlexFederationKind", "ACTIVATIONS");
        message.setStringProperty("GridFlexFederationSender", claimedSender);
        jms.createProducer().send(ActiveMQDestination.createQueue("jms.queue.FederationInbound"), message);
    }

    private static long traffic(ClusterNode node, String counter) throws Exception {
        return object(node.get("admin", "/api/federation")).getJsonObject("traffic").getJsonNumber(counter).longValue();
    }

    private static long refused(ClusterNode node, String reason) throws Exception {
        return object(node.get("admin", "/api/federation")).getJsonObject("refused").getJsonNumber(reason).longValue();
    }

    private static String keyId(PublicKey key) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 8);
    }

    private static String keyId(String base64) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64)),
                0, 8);
    }

    /** Names, public keys and link passwords the build gave the two installations (FederationInstallations.java). */
    private static Properties links() throws Exception {
        Properties links = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("gridflex.it.federation.dir"),
                "links.properties"))) {
            links.load(in);
        }
        return links;
    }

    private static JsonObject object(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T await(String what, Probe<T> probe) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            assertTrue(System.nanoTime() < deadline, what);
            Thread.sleep(200);
        }
    }
}

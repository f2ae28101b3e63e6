package org.gridflex.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.gridflex.activation.model.Activation;
import org.gridflex.activation.model.ActivationSignature;
import org.gridflex.simulator.SimulationCounters.Count;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 50 virtual devices against a real MQTT broker: the local Mosquitto on 127.0.0.1:1883 (no authentication, so the
 * devices' credentials are not checked there). The test plays the node: it serves its public key as
 * {@code /activation/keys} from a JDK HTTP server and publishes signed activations to each device, then reads the
 * baselines the devices answer. Skipped only when nothing listens on 1883.
 */
class VirtualFleetMosquittoTest {

    private static final String BROKER_HOST = "127.0.0.1";
    private static final int BROKER_PORT = 1883;
    private static final int DEVICES = 50;
    private static final JsonProvider JSON = JsonProvider.provider();

    private final String prefix = "simtest" + UUID.randomUUID().toString().substring(0, 8);
    private HttpServer keyServer;
    private VirtualFleet fleet;
    private Mqtt3AsyncClient node;

    @BeforeEach
    void brokerIsThere() {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(BROKER_HOST, BROKER_PORT), 1_000);
        } catch (Exception e) {
            Assumptions.abort("no MQTT broker on " + BROKER_HOST + ":" + BROKER_PORT + ": " + e);
        }
    }

    @AfterEach
    void cleanUp() {
        if (fleet != null) {
            fleet.stop();
        }
        if (node != null) {
            node.disconnect().exceptionally(e -> null).join();
        }
        if (keyServer != null) {
            keyServer.stop(0);
        }
    }

    @Test
    void devicesAcknowledgeSignedActivationsWithBaselinesAndRefuseAForgedOne() throws Exception {
        KeyPair nodeKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String keyId = ActivationSignature.keyId(nodeKey.getPublic());
        keyServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = ("[{\"keyId\":\"" + keyId + "\",\"node\":\"test-node\",\"algorithm\":\"Ed25519\",\"publicKey\":\""
                + ActivationSignature.encode(nodeKey.getPublic()) + "\"}]").getBytes(StandardCharsets.UTF_8);
        keyServer.createContext("/gridflex/api/activation/keys", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        keyServer.start();

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SimulatorSettings settings = SimulatorSettings.parse(
                "api=http://127.0.0.1:" + keyServer.getAddress().getPort() + "/gridflex/api",
                "mqtt=" + BROKER_HOST + ":" + BROKER_PORT, "devices=" + DEVICES, "prefix=" + prefix,
                "register=false", "offers=false", "rampPerSecond=500", "nettyThreads=2", "verifyThreads=2",
                "sources=127.0.0.1,127.0.0.2", "progressSeconds=1");
        fleet = new VirtualFleet(settings, new PrintStream(log, true, StandardCharsets.UTF_8));
        fleet.start();
        assertEquals(DEVICES, fleet.counters().get(Count.CONNECTED), log.toString(StandardCharsets.UTF_8));

        Map<String, JsonObject> baselines = new ConcurrentHashMap<>();
        node = MqttClient.builder().useMqttVersion3().identifier(prefix + "-node")
                .serverHost(BROKER_HOST).serverPort(BROKER_PORT).buildAsync();
        node.connectWith().cleanSession(true).send().get(10, TimeUnit.SECONDS);
        node.subscribeWith().topicFilter("gridflex/devices/+/baselines").qos(MqttQos.AT_LEAST_ONCE)
                .callback(p -> {
                    if (p.getTopic().toString().startsWith("gridflex/devices/" + prefix + "-")) {
                        JsonObject answer = JSON.createReader(new StringReader(
                                StandardCharsets.UTF_8.decode(p.getPayload().orElseThrow()).toString())).readObject();
                        baselines.put(answer.getString("activationId"), answer);
                    }
                })
                .send().get(10, TimeUnit.SECONDS);

        KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String forgedId = null;
        for (int n = 0; n < DEVICES; n++) {
            String deviceId = settings.deviceId(n);
            Instant issuedAt = Instant.now();
            Activation unsigned = Activation.unsigned(UUID.randomUUID().toString(), deviceId, n + 1, issuedAt,
                    issuedAt.plusSeconds(4), 1_000 + n);
            // the last device gets an activation signed by someone else under the node's key id
            boolean forge = n == DEVICES - 1;
            Activation activation = ActivationSignature.sign(unsigned, keyId, (forge ? forger : nodeKey).getPrivate());
            if (forge) {
                forgedId = activation.activationId();
            }
            node.publishWith().topic("gridflex/devices/" + deviceId + "/activations").qos(MqttQos.AT_LEAST_ONCE)
                    .payload(ActivationVerifierTest.json(activation).getBytes(StandardCharsets.UTF_8)).send()
                    .get(10, TimeUnit.SECONDS);
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (baselines.size() < DEVICES && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(DEVICES, baselines.size(), "one answer per activation; log:\n" + log.toString(StandardCharsets.UTF_8));
        for (Map.Entry<String, JsonObject> answer : baselines.entrySet()) {
            JsonObject baseline = answer.getValue();
            if (answer.getKey().equals(forgedId)) {
                assertEquals("REFUSED", baseline.getString("status"));
                assertEquals("BAD_SIGNATURE", baseline.getString("reason"));
                assertTrue(!baseline.containsKey("baselineW"), "a refused activation is not acted on");
            } else {
                assertEquals("ACK", baseline.getString("status"), baseline.toString());
                assertTrue(baseline.getJsonNumber("baselineW").longValue() > 0, baseline.toString());
                assertTrue(!Instant.parse(baseline.getString("sentAt")).isBefore(Instant.parse(baseline.getString("receivedAt"))));
            }
        }

        // the publish acknowledgements of the last baselines may trail the answers seen by the node a little
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (fleet.counters().get(Count.BASELINES_SENT) < DEVICES && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        SimulationReport report = fleet.report();
        assertEquals(DEVICES, report.count(Count.ACTIVATIONS_RECEIVED));
        assertEquals(DEVICES - 1, report.count(Count.ACTIVATIONS_VERIFIED));
        assertEquals(1, report.count(Count.ACTIVATIONS_REFUSED));
        assertEquals(1, report.count(SimulationCounters.ACTIVATION_REFUSAL + "BAD_SIGNATURE"));
        assertEquals(DEVICES, report.count(Count.BASELINES_SENT));
        assertEquals(DEVICES - 1, report.latency().count(), "latency of every verified activation");
        assertTrue(report.latency().percentileMillis(99) < 5_000, "within the validity of 4 s");
        assertEquals(0, report.count(Count.CONNECT_FAILED));
    }
}

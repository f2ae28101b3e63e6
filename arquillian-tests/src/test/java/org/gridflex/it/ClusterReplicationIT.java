package org.gridflex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * The live order book is one replicated Infinispan cache across the cluster: two real WildFly nodes
 * (arquillian-cluster.xml, failsafe execution "cluster"), both with the real EAR. A device publishes over MQTT to
 * node 1; node 2's REST live book shows the offer and node 2's WebSocket followers get it pushed.
 *
 * <p>The nodes share their databases, as a production cluster does (H2 files opened with AUTO_SERVER, or the same
 * PostgreSQL under -Ppostgres): registering a device on the second node is then answered 409, which the helper
 * accepts. Because the two brokers also form an Artemis cluster, the offer queue may hand the message to either
 * node's intake: the test checks both nodes' live books and feeds: whichever node's intake took the offer, the other
 * one knows it only through the cache (the offer names its accepting node). Activations cross the cluster the other
 * way: a setpoint on node 1 reaches a device connected to node 2, and the device's answer, taken on node 2, comes back
 * to the requester on node 1 (REST view, WebSocket feed, JMS reply queue).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterReplicationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ClusterNode NODE1 = ClusterNode.of("node1");
    private static final ClusterNode NODE2 = ClusterNode.of("node2");

    @Deployment(name = "node1", testable = false)
    @TargetsContainer("node1")
    static EnterpriseArchive onNode1() {
        return GridFlexServer.ear();
    }

    @Deployment(name = "node2", testable = false)
    @TargetsContainer("node2")
    static EnterpriseArchive onNode2() {
        return GridFlexServer.ear();
    }

    @Test
    void offerPublishedOnNode1IsReadAndPushedOnNode2() throws Exception {
        String deviceId = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + deviceId + "-0123456789";
        NODE1.registerDevice(deviceId, password, "ELIA", 40);
        NODE2.registerDevice(deviceId, password, "ELIA", 40);
        Instant period = DeviceMqtt.nextPeriod();

        ClusterNode.Message onNode1;
        ClusterNode.Message onNode2;
        long published;
        try (ClusterNode.Feed feed2 = NODE2.follow("tso-elia", "ELIA");
                ClusterNode.Feed feed1 = NODE1.follow("tso-elia", "ELIA")) {
            Mqtt3BlockingClient device = NODE1.connectDevice(deviceId, password);
            try {
                published = System.nanoTime();
                ClusterNode.publishOffer(device, deviceId, DeviceMqtt.offer("ELIA", period, "UP", 12.5, 81.0, 1));
                onNode2 = feed2.await(PATIENCE, deviceId);
                assertNotNull(onNode2, "node 2's WebSocket follower of ELIA receives the offer published on node 1");
                assertTrue(onNode2.text().contains("\"powerKw\":12.5"), onNode2.text());
                onNode1 = feed1.await(PATIENCE, deviceId);
                assertNotNull(onNode1, "node 1's WebSocket follower of ELIA receives it too");

                // A revision replaces the entry (a modification, not a creation): pushed on node 2 as well.
                ClusterNode.publishOffer(device, deviceId, DeviceMqtt.offer("ELIA", period, "UP", 20.0, 79.5, 2));
                ClusterNode.Message revised = feed2.await(PATIENCE, deviceId, "\"version\":2");
                assertNotNull(revised, "node 2's follower receives the revised offer");
                assertTrue(revised.text().contains("\"powerKw\":20.0"), revised.text());
            } finally {
                device.disconnect();
            }
        }

        // The live book (REST) of node 2 has the newest version; so has node 1's.
        JsonObject live2 = ClusterNode.find(NODE2.getArray("tso-elia", "/api/tenants/ELIA/offers"), deviceId);
        assertNotNull(live2, "node 2's live book holds the offer");
        assertEquals(2, live2.getInt("version"));
        assertEquals(20.0, live2.getJsonNumber("powerKw").doubleValue());
        assertEquals(79.5, live2.getJsonNumber("priceEurPerMwh").doubleValue());
        assertEquals("UP", live2.getString("direction"));
        assertEquals(period.toString(), Instant.parse(live2.getString("periodStart")).toString());
        JsonObject live1 = ClusterNode.find(NODE1.getArray("tso-elia", "/api/tenants/ELIA/offers"), deviceId);
        assertEquals(live2, live1, "both nodes show the same live offer");

        // Each node's own ELIA database: the node named in the offer (the intake that took version 2) stored it;
        // the other node's live book and feed had it from the replicated cache.
        ClusterNode accepting = NODE1.name.equals(live2.getString("node")) ? NODE1 : NODE2;
        JsonObject stored = ClusterNode.find(
                accepting.getArray("tso-elia", "/api/tenants/ELIA/offers?device=" + deviceId), deviceId);
        assertNotNull(stored, accepting + " stored the offer it accepted");
        assertEquals(2, stored.getInt("version"));

        String firstAcceptedBy = Json.createReader(new StringReader(onNode2.text())).readObject().getString("node");
        boolean firstOnNode1 = NODE1.name.equals(firstAcceptedBy);
        ClusterNode.Message local = firstOnNode1 ? onNode1 : onNode2;
        ClusterNode.Message remote = firstOnNode1 ? onNode2 : onNode1;
        System.out.printf("ClusterReplicationIT: version 1 accepted by %s, pushed on node 2 %d ms after the MQTT publish"
                        + " on node 1; push on the other node %d ms after the push on the accepting node;"
                        + " version 2 accepted by %s%n",
                firstAcceptedBy, (onNode2.receivedNanos() - published) / 1_000_000,
                (remote.receivedNanos() - local.receivedNanos()) / 1_000_000, accepting.name);
    }

    @Test
    void anActivationSentByNode1ReachesADeviceConnectedToNode2AndItsAnswerComesBack() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String deviceId = "remote-" + suffix;
        String area = "XN-" + suffix;
        String password = "pw-" + deviceId + "-0123456789";
        NODE1.registerDevice(deviceId, password, "ELIA", 40, area);
        NODE2.registerDevice(deviceId, password, "ELIA", 40, area);
        Instant period = DeviceMqtt.nextPeriod();
        BlockingQueue<String> activations = new LinkedBlockingQueue<>();
        Mqtt3BlockingClient device = NODE2.connectDevice(deviceId, password);
        try (ClusterNode.Feed answersOnNode1 = NODE1.follow("tso-elia", "ELIA", "activations");
                ClusterNode.Feed answersOnNode2 = NODE2.follow("tso-elia", "ELIA", "activations");
                ActiveMQConnectionFactory node1Broker = new ActiveMQConnectionFactory("tcp://" + GridFlexServer.HOST
                        + ":" + NODE1.httpPort + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
                JMSContext lfc = node1Broker.createContext("lfc-elia", "lfc-elia-pw")) {
            device.toAsync().subscribeWith().topicFilter("gridflex/devices/" + deviceId + "/activations")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .callback(p -> activations.add(StandardCharsets.UTF_8.decode(p.getPayload().orElseThrow()).toString()))
                    .send().join();
            ClusterNode.publishOffer(device, deviceId, DeviceMqtt.offer("ELIA", period, "UP", 6, 55, 1));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (ClusterNode.find(NODE1.getArray("tso-elia", "/api/tenants/ELIA/offers"), deviceId) == null) {
                assertTrue(System.nanoTime() < deadline, "node 1 sees the offer of the device on node 2");
                Thread.sleep(200);
            }
            String requestId = NODE1.postRequest("tso-elia", "{\"period\":\"" + period + "\",\"direction\":\"UP\","
                    + "\"quantityMw\":0.006,\"gridArea\":\"" + area + "\",\"maxPriceEurPerMwh\":100}");
            deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (NODE1.get("tso-elia", "/api/tenants/ELIA/requests/" + requestId + "/bundle").statusCode() != 200) {
                assertTrue(System.nanoTime() < deadline, "node 1 bundles the request");
                Thread.sleep(500);
            }

            // over REST on node 1: the activation reaches the device on node 2, signed
            HttpResponse<String> sent = NODE1.post("tso-elia", "/api/activation/tenants/ELIA/setpoints",
                    "{\"requestId\":\"" + requestId + "\",\"setpointKw\":4}");
            assertEquals(202, sent.statusCode(), sent.body());
            String setpointId = Json.createReader(new StringReader(sent.body())).readObject().getString("setpointId");
            JsonObject activation = next(activations, "the activation sent on node 1 reaches the device connected to node 2");
            assertEquals(deviceId, activation.getString("deviceId"));
            assertEquals(4000, activation.getJsonNumber("setpointW").longValue());
            assertTrue(ActivationIT.verifies(activation, ActivationIT.keysOf(NODE1.getArray("tso-elia", "/api/activation/keys"))), "signed with a published key");

            // The device answers on node 2. The brokers may hand the answer to either node's consumers; followers on
            // both nodes get it, so one of them through the relay, and node 1 shows it in the setpoint's view.
            answer(device, activation, 7_000);
            for (ClusterNode.Feed followers : List.of(answersOnNode1, answersOnNode2)) {
                assertNotNull(followers.await(Duration.ofSeconds(30), activation.getString("activationId"),
                        "\"status\":\"ACKED\"", "\"baselineW\":7000"), "every node's WebSocket followers get the answer");
            }
            JsonArray view = NODE1.getArray("tso-elia", "/api/activation/tenants/ELIA/setpoints/" + setpointId);
            assertEquals("ACKED", view.getJsonObject(0).getString("status"), view.toString());

            // over JMS on node 1: the answer taken on node 2 reaches the requester's reply queue on node 1
            TemporaryQueue replies = lfc.createTemporaryQueue();
            try (JMSConsumer answers = lfc.createConsumer(replies)) {
                TextMessage setpoint = lfc.createTextMessage("{\"requestId\":\"" + requestId + "\",\"setpointKw\":3}");
                setpoint.setStringProperty("TenantId", "ELIA");
                setpoint.setJMSReplyTo(replies);
                lfc.createProducer().send(ActiveMQDestination.createQueue("jms.queue.ActivationSetpoints"), setpoint);
                JsonObject second = next(activations, "the JMS setpoint's activation reaches the device on node 2");
                assertEquals(3000, second.getJsonNumber("setpointW").longValue());
                answer(device, second, 6_000);
                Message reply = answers.receive(30_000);
                assertNotNull(reply, "the answer reaches the reply queue of the requester on node 1, whichever node took it");
                JsonObject body = Json.createReader(new StringReader(((TextMessage) reply).getText())).readObject();
                assertEquals(second.getString("activationId"), body.getString("activationId"));
                assertEquals("ACKED", body.getString("status"));
                assertEquals(6_000, body.getJsonNumber("baselineW").longValue());
            }
        } finally {
            device.disconnect();
        }
    }

    private static JsonObject next(BlockingQueue<String> activations, String what) throws InterruptedException {
        String received = activations.poll(30, TimeUnit.SECONDS);
        assertNotNull(received, what);
        return Json.createReader(new StringReader(received)).readObject();
    }

    private static void answer(Mqtt3BlockingClient device, JsonObject activation, long baselineW) {
        String now = Instant.now().toString();
        device.publishWith().topic("gridflex/devices/" + activation.getString("deviceId") + "/baselines")
                .qos(MqttQos.AT_LEAST_ONCE)
                .payload(("{\"activationId\":\"" + activation.getString("activationId") + "\",\"sequence\":"
                        + activation.getJsonNumber("sequence").longValue() + ",\"status\":\"ACK\",\"baselineW\":"
                        + baselineW + ",\"receivedAt\":\"" + now + "\",\"sentAt\":\"" + now + "\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .send();
    }

    @Test
    void eachBundlerRoundRunsOnExactlyOneNode() throws Exception {
        Thread.sleep(12_000); // a few 5-second rounds with both nodes up
        JsonArray seenBy1 = NODE1.getArray("admin", "/api/market/bundler/rounds?last=3");
        JsonArray seenBy2 = NODE2.getArray("admin", "/api/market/bundler/rounds?last=3");
        for (int i = 0; i < seenBy1.size(); i++) {
            JsonObject on1 = seenBy1.getJsonObject(i);
            JsonObject on2 = seenBy2.getJsonObject(i);
            long round = on1.getJsonNumber("round").longValue();
            if (on2.getJsonNumber("round").longValue() != round) {
                continue; // the two reads straddled a round boundary
            }
            String claimant = on1.getString("claimant", null);
            assertNotNull(claimant, "round " + round + " was claimed: " + on1 + " / " + on2);
            assertEquals(claimant, on2.getString("claimant", null), "both nodes agree who ran round " + round);
            assertTrue(on1.getBoolean("ranHere") ^ on2.getBoolean("ranHere"),
                    "round " + round + " ran on exactly one node: " + on1 + " / " + on2);
            String ranOn = on1.getBoolean("ranHere") ? NODE1.name : NODE2.name;
            assertEquals(ranOn, claimant, "the node that ran round " + round + " is its claimant");
        }
    }
}

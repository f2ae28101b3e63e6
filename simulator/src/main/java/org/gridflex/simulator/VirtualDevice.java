package org.gridflex.simulator;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientTransportConfig;
import com.hivemq.client.mqtt.MqttClientTransportConfigBuilder;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.gridflex.simulator.ActivationVerifier.Verdict;
import org.gridflex.simulator.SimulationCounters.Count;

/**
 * One simulated device: a battery of one TSO that logs in with its own credentials, offers upward flexibility for
 * the traded period on its {@link OfferSchedule}, and answers every activation with its baseline once the activation's
 * signature checks out, or with a refusal and its reason without acting on it. It never touches another device's
 * topics: the node's broker disconnects a device that does.
 */
final class VirtualDevice {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final DeviceCredentials credentials;
    private final InetAddress source;
    private final FleetServices fleet;
    private final String offersTopic;
    private final String acksTopic;
    private final String activationsTopic;
    private final String baselinesTopic;
    private final String ownTopics;
    private final OfferSchedule schedule;
    private final BaselineProfile baseline;
    private final SplittableRandom offerTerms;
    private Mqtt3AsyncClient client;
    private volatile boolean connected;

    VirtualDevice(DeviceCredentials credentials, InetAddress source, long seed, FleetServices fleet) {
        this.credentials = credentials;
        this.source = source;
        this.fleet = fleet;
        String base = "gridflex/devices/" + credentials.deviceId() + "/";
        this.offersTopic = base + "offers";
        this.acksTopic = base + "acks";
        this.activationsTopic = base + "activations";
        this.baselinesTopic = base + "baselines";
        this.ownTopics = base + "+";
        SplittableRandom random = new SplittableRandom(seed ^ credentials.deviceId().hashCode() * 0x9E3779B97F4A7C15L);
        this.schedule = new OfferSchedule(fleet.settings().updates(), random.nextDouble());
        this.baseline = new BaselineProfile(random.split());
        this.offerTerms = random.split();
    }

    String deviceId() {
        return credentials.deviceId();
    }

    boolean connected() {
        return connected;
    }

    /** Connects, subscribes to what the node sends this device and, if the run offers, starts offering. */
    CompletableFuture<Void> connect() {
        SimulatorSettings settings = fleet.settings();
        MqttClientTransportConfigBuilder transport = MqttClientTransportConfig.builder()
                .serverHost(settings.mqttHost()).serverPort(settings.mqttPort())
                .socketConnectTimeout(10, TimeUnit.SECONDS).mqttConnectTimeout(20, TimeUnit.SECONDS);
        if (source != null) {
            transport.localAddress(new InetSocketAddress(source, 0));
        }
        client = MqttClient.builder().useMqttVersion3()
                .identifier(credentials.deviceId())
                .transportConfig(transport.build())
                .executorConfig(fleet.mqttExecutors())
                .simpleAuth().username(credentials.deviceId())
                .password(credentials.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .addDisconnectedListener(context -> {
                    if (connected && !fleet.stopping().getAsBoolean()) {
                        fleet.counters().increment(Count.CONNECTIONS_LOST);
                    }
                    connected = false;
                })
                .buildAsync();
        // one callback for every subscribed topic: cheaper than a callback per subscription for thousands of clients
        client.publishes(MqttGlobalPublishFilter.SUBSCRIBED, this::received);
        return client.connectWith().cleanSession(true).keepAlive(60).send()
                // one subscription for activations and acks: Artemis's cost of a new subscription grows with the number
                // of its queues (README, "Device API"); the device's own offers and answers are not echoed back by
                // GridFlex (diverted), by another broker they are ignored in received()
                .thenCompose(connAck -> client.subscribeWith().topicFilter(ownTopics).qos(MqttQos.AT_LEAST_ONCE).send())
                .thenRun(() -> {
                    connected = true;
                    fleet.counters().increment(Count.CONNECTED);
                    if (settings.offers()) {
                        startOffering();
                    }
                });
    }

    CompletableFuture<Void> disconnect() {
        if (client == null || !connected) {
            return CompletableFuture.completedFuture(null);
        }
        connected = false;
        return client.disconnect().exceptionally(alreadyGone -> null);
    }

    private void received(Mqtt3Publish publish) {
        // the receive time is taken first, on the event loop, so that the latency does not include our own queueing
        Instant receivedAt = Instant.now();
        String topic = publish.getTopic().toString();
        String payload = StandardCharsets.UTF_8.decode(publish.getPayload().orElse(java.nio.ByteBuffer.allocate(0)))
                .toString();
        if (topic.equals(activationsTopic)) {
            fleet.counters().increment(Count.ACTIVATIONS_RECEIVED);
            try {
                fleet.verification().execute(() -> fleet.verifier().verify(payload, deviceId(), receivedAt)
                        .thenAccept(verdict -> answer(verdict, receivedAt)));
            } catch (RejectedExecutionException stopping) {
                // the simulator is shutting down; the node will see no answer, as from a device switched off
            }
        } else if (topic.equals(acksTopic)) {
            acknowledged(payload);
        }
    }

    /** Acts on a verified activation (its latency is recorded) and tells the node, or refuses it with the reason. */
    private void answer(Verdict verdict, Instant receivedAt) {
        JsonObjectBuilder body = JSON.createObjectBuilder();
        if (verdict.activationId() != null) {
            body.add("activationId", verdict.activationId());
        }
        body.add("sequence", verdict.sequence());
        if (verdict.accepted()) {
            fleet.counters().verified(verdict.activation().issuedAt(), receivedAt);
            body.add("status", "ACK").add("baselineW", baseline.baselineW(receivedAt));
        } else {
            fleet.counters().activationRefused(verdict.refusal().name());
            body.add("status", "REFUSED").add("reason", verdict.refusal().name());
        }
        body.add("receivedAt", receivedAt.toString()).add("sentAt", Instant.now().toString());
        publish(baselinesTopic, body.build().toString(), Count.BASELINES_SENT, Count.BASELINE_PUBLISH_FAILED);
    }

    private void acknowledged(String payload) {
        try {
            JsonObject ack = JSON.createReader(new StringReader(payload)).readObject();
            if ("ACCEPTED".equals(ack.getString("status", null))) {
                fleet.counters().increment(Count.OFFERS_ACCEPTED);
            } else {
                fleet.counters().offerRefused(ack.getString("reason", null));
            }
        } catch (RuntimeException e) {
            fleet.counters().offerRefused("UNREADABLE_ACK");
        }
    }

    /** The first offer at once (unless the gate is about to close), then one per slot of the schedule. */
    private void startOffering() {
        Instant now = Instant.now();
        if (OfferSchedule.beforeGate(now)) {
            offer(OfferSchedule.tradedPeriod(now));
        }
        scheduleOfferAfter(now);
    }

    private void scheduleOfferAfter(Instant after) {
        if (fleet.stopping().getAsBoolean() || !connected) {
            return;
        }
        Instant slot = schedule.nextSlot(after);
        long delayMillis = Math.max(0, Duration.between(Instant.now(), slot).toMillis());
        try {
            fleet.offerClock().schedule(() -> {
                if (connected) {
                    offer(OfferSchedule.tradedPeriod(slot));
                    scheduleOfferAfter(slot);
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the simulator is shutting down
        }
    }

    private void offer(Instant period) {
        int version = schedule.nextVersion(period);
        if (version == 0) {
            return;
        }
        double powerKw;
        double priceEurPerMwh;
        synchronized (offerTerms) {
            powerKw = Math.round((1 + offerTerms.nextDouble() * (DeviceRegistration.MAX_KW - 1)) * 10) / 10.0;
            priceEurPerMwh = Math.round((20 + offerTerms.nextDouble() * 130) * 100) / 100.0;
        }
        String body = JSON.createObjectBuilder()
                .add("tenant", fleet.settings().tenant())
                .add("period", period.toString())
                .add("direction", "UP")
                .add("powerKw", powerKw)
                .add("priceEurPerMwh", priceEurPerMwh)
                .add("version", version)
                .build().toString();
        publish(offersTopic, body, Count.OFFERS_SENT, Count.OFFER_PUBLISH_FAILED);
    }

    /** QoS 1: counted as sent once the broker has acknowledged it (PUBACK). */
    private void publish(String topic, String body, Count sent, Count failed) {
        Mqtt3AsyncClient c = client;
        if (c == null || !connected) {
            fleet.counters().increment(failed);
            return;
        }
        c.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(body.getBytes(StandardCharsets.UTF_8)).send()
                .whenComplete((ok, failure) -> fleet.counters().increment(failure == null ? sent : failed));
    }
}

package org.gridflex.it;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A device as the tests drive it: a real MQTT 3.1.1 client (HiveMQ) with the device's own credentials. */
final class DeviceMqtt implements AutoCloseable {

    final String deviceId;
    final Mqtt3BlockingClient client;

    private DeviceMqtt(String deviceId, Mqtt3BlockingClient client) {
        this.deviceId = deviceId;
        this.client = client;
    }

    static DeviceMqtt connect(String deviceId, String password) {
        Mqtt3BlockingClient client = MqttClient.builder().useMqttVersion3()
                .identifier(deviceId + "-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost(GridFlexServer.HOST)
                .serverPort(GridFlexServer.MQTT_PORT)
                .buildBlocking();
        client.connectWith()
                .simpleAuth().username(deviceId).password(password.getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .send();
        return new DeviceMqtt(deviceId, client);
    }

    void publish(String topic, String payload) {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send();
    }

    void publishOffer(String payload) {
        publish("gridflex/devices/" + deviceId + "/offers", payload);
    }

    static String offer(String tenant, Instant period, String direction, double powerKw, double price, int version) {
        return "{\"tenant\":\"" + tenant + "\",\"period\":\"" + period + "\",\"direction\":\"" + direction
                + "\",\"powerKw\":" + powerKw + ",\"priceEurPerMwh\":" + price + ",\"version\":" + version + "}";
    }

    /**
     * The open delivery period (10-minute periods, gate closing at the start): the next one to be delivered. Close to
     * its gate closure the test first waits for the following period to open, so that what it sends and what the
     * bundler sees belong to the same period.
     */
    static Instant nextPeriod() {
        long seconds = Duration.ofMinutes(10).getSeconds();
        long now = Instant.now().getEpochSecond();
        long next = (now / seconds + 1) * seconds;
        if (next - now < 40) {
            try {
                Thread.sleep((next - now + 1) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return nextPeriod();
        }
        return Instant.ofEpochSecond(next);
    }

    /** Follows the device's acknowledgements topic; the returned queue receives each ack's JSON. */
    java.util.concurrent.BlockingQueue<String> followAcks() {
        java.util.concurrent.BlockingQueue<String> acks = new java.util.concurrent.LinkedBlockingQueue<>();
        client.toAsync().subscribeWith().topicFilter("gridflex/devices/" + deviceId + "/acks")
                .qos(MqttQos.AT_LEAST_ONCE)
                .callback(p -> acks.add(StandardCharsets.UTF_8.decode(p.getPayload().orElseThrow()).toString()))
                .send().join();
        return acks;
    }

    @Override
    public void close() {
        if (client.getState().isConnected()) {
            client.disconnect();
        }
    }
}

package org.gridflex.it;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One node of the two-node cluster of ClusterReplicationIT, as clients reach it: its HTTP port (REST and WebSocket)
 * and its MQTT port, from the system properties the failsafe execution "cluster" sets.
 */
final class ClusterNode {

    final String name;
    final int httpPort;
    final int mqttPort;

    private ClusterNode(String name, int httpPort, int mqttPort) {
        this.name = name;
        this.httpPort = httpPort;
        this.mqttPort = mqttPort;
    }

    /** node1 or node2, as configured in arquillian-cluster.xml. */
    static ClusterNode of(String qualifier) {
        return new ClusterNode(System.getProperty("gridflex.it." + qualifier + ".name"),
                Integer.getInteger("gridflex.it." + qualifier + ".http.port"),
                Integer.getInteger("gridflex.it." + qualifier + ".mqtt.port"));
    }

    private String base(String scheme) {
        return scheme + "://" + GridFlexServer.HOST + ":" + httpPort + "/gridflex";
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base("http") + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", GridFlexServer.basic(user)).GET().build();
        return GridFlexServer.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonArray getArray(String user, String path) throws Exception {
        HttpResponse<String> response = get(user, path);
        if (response.statusCode() != 200) {
            throw new AssertionError(name + " GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    /** The offer of the device in the array, or null. */
    static JsonObject find(JsonArray offers, String deviceId) {
        return offers.stream().map(v -> v.asJsonObject())
                .filter(o -> deviceId.equals(o.getString("deviceId")))
                .findFirst().orElse(null);
    }

    /**
     * Registers the device on this node. With H2 every node has its own registry; with -Ppostgres the nodes share
     * it, and the second registration is then answered 409 (already registered), which is just as good here.
     */
    void registerDevice(String deviceId, String password, String tenant, double maxKw) throws Exception {
        registerDevice(deviceId, password, tenant, maxKw, "AREA-1");
    }

    void registerDevice(String deviceId, String password, String tenant, double maxKw, String area) throws Exception {
        String body = Json.createObjectBuilder()
                .add("deviceId", deviceId).add("password", password).add("owner", "owner of " + deviceId)
                .add("tenant", tenant).add("dso", "DSO-1").add("gridArea", area).add("kind", "BATTERY")
                .add("maxUpKw", maxKw).add("maxDownKw", maxKw)
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base("http") + "/api/devices"))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", GridFlexServer.basic("device-admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = GridFlexServer.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new AssertionError(name + ": device registration failed: " + response.statusCode() + " " + response.body());
        }
    }

    HttpResponse<String> post(String user, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base("http") + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", GridFlexServer.basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return GridFlexServer.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a flex request on this node; its id. */
    String postRequest(String user, String json) throws Exception {
        HttpResponse<String> response = post(user, "/api/tenants/ELIA/requests", json);
        if (response.statusCode() != 201) {
            throw new AssertionError(name + " POST request: " + response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("id");
    }

    /** A device connected to this node's MQTT broker (HiveMQ client, MQTT 3.1.1). */
    Mqtt3BlockingClient connectDevice(String deviceId, String password) {
        Mqtt3BlockingClient client = MqttClient.builder().useMqttVersion3()
                .identifier(deviceId + "-" + UUID.randomUUID().toString().substring(0, 8))
                .serverHost(GridFlexServer.HOST).serverPort(mqttPort).buildBlocking();
        client.connectWith()
                .simpleAuth().username(deviceId).password(password.getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                .send();
        return client;
    }

    static void publishOffer(Mqtt3BlockingClient device, String deviceId, String payload) {
        device.publishWith().topic("gridflex/devices/" + deviceId + "/offers").qos(MqttQos.AT_LEAST_ONCE)
                .payload(payload.getBytes(StandardCharsets.UTF_8)).send();
    }

    Feed follow(String user, String tenant) throws Exception {
        return new Feed(user, tenant, "offers");
    }

    /** One of the tenant's live feeds on this node: offers, bundles or activations. */
    Feed follow(String user, String tenant, String feed) throws Exception {
        return new Feed(user, tenant, feed);
    }

    /** A message of a live feed and when (System.nanoTime) the client had it complete. */
    record Message(String text, long receivedNanos) {
    }

    /** A WebSocket client (the JDK's) on this node's live feed of a tenant. */
    final class Feed implements AutoCloseable {

        private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
        private final WebSocket socket;

        private Feed(String user, String tenant, String feed) throws Exception {
            StringBuilder partial = new StringBuilder();
            socket = GridFlexServer.HTTP.newWebSocketBuilder()
                    .header("Authorization", GridFlexServer.basic(user))
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(base("ws") + "/ws/tenants/" + tenant + "/" + feed), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                messages.add(new Message(partial.toString(), System.nanoTime()));
                                partial.setLength(0);
                            }
                            ws.request(1);
                            return null;
                        }
                    })
                    .get(15, TimeUnit.SECONDS);
        }

        /** The next message that contains every one of the texts, or null when none comes in time. */
        Message await(Duration timeout, String... texts) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Message message = messages.poll(50, TimeUnit.MILLISECONDS);
                if (message != null && java.util.Arrays.stream(texts).allMatch(message.text()::contains)) {
                    return message;
                }
            }
            return null;
        }

        @Override
        public void close() {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            }
        }
    }

    @Override
    public String toString() {
        return name + " (HTTP " + httpPort + ", MQTT " + mqttPort + ")";
    }
}

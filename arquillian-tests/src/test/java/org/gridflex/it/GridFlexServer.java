package org.gridflex.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** How the tests reach the deployed GridFlex: the built EAR, the server's ports and the dev operator accounts. */
final class GridFlexServer {

    static final String HOST = "127.0.0.1";
    static final int HTTP_PORT = Integer.getInteger("gridflex.it.http.port", 8080);
    static final int MQTT_PORT = Integer.getInteger("gridflex.it.mqtt.port", 1883);
    static final String BASE = "http://" + HOST + ":" + HTTP_PORT + "/gridflex";
    static final String WS_BASE = "ws://" + HOST + ":" + HTTP_PORT + "/gridflex";

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private GridFlexServer() {
    }

    /** The real EAR the build produced, deployed as it is. */
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("gridflex.it.ear")));
    }

    static String basic(String user) {
        String password = user + "-pw";
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String user, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(20)).GET();
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String user, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> put(String user, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> delete(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(user)).DELETE().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    static JsonArray array(HttpResponse<String> response) {
        return (JsonArray) json(response);
    }

    static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response);
    }

    /** Registers a device through the REST API as the device administrator; its MQTT password is returned. */
    static String registerDevice(String deviceId, String tenant, double maxUpKw) throws Exception {
        String password = "pw-" + deviceId + "-0123456789";
        HttpResponse<String> response = post("device-admin", "/api/devices", Json.createObjectBuilder()
                .add("deviceId", deviceId)
                .add("password", password)
                .add("owner", "owner of " + deviceId)
                .add("tenant", tenant)
                .add("dso", "DSO-1")
                .add("gridArea", "AREA-1")
                .add("kind", "BATTERY")
                .add("maxUpKw", maxUpKw)
                .add("maxDownKw", maxUpKw)
                .build().toString());
        if (response.statusCode() != 201) {
            throw new AssertionError("Device registration failed: " + response.statusCode() + " " + response.body());
        }
        return password;
    }
}

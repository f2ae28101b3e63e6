package org.gridflex.simulator;

import jakarta.json.spi.JsonProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Registers virtual devices with the node's device registry ({@code POST {api}/devices} as {@code device-admin}): every
 * device a battery of the configured TSO with 50 kW each way, on one made-up DSO and grid area. A 409 (already
 * registered) is fine when the run reuses devices, since their password derives from the same seed; without
 * {@code reuse} the device is left out, because its stored password may be another run's.
 */
final class DeviceRegistration {

    enum Outcome { CREATED, ALREADY_REGISTERED, FAILED }

    static final String ADMIN_USER = "device-admin";
    static final String ADMIN_PASSWORD = "device-admin-pw";
    static final int MAX_KW = 50;
    /** Parallel registrations: enough to keep the node busy, few enough not to exhaust its HTTP workers. */
    private static final int PARALLEL = 32;
    private static final JsonProvider JSON = JsonProvider.provider();

    private final HttpClient http;
    private final URI devicesUri;
    private final String tenant;
    private final String authorization;
    private final java.util.function.Function<String, String> areaOf;

    DeviceRegistration(HttpClient http, URI api, String tenant, java.util.function.Function<String, String> areaOf) {
        this.areaOf = areaOf;
        this.http = http;
        this.devicesUri = URI.create(api + "/devices");
        this.tenant = tenant;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((ADMIN_USER + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Registers all devices, {@value #PARALLEL} at a time; completes with one outcome per device, in order. */
    List<Outcome> registerAll(List<DeviceCredentials> devices, Runnable progress) throws InterruptedException {
        Semaphore parallel = new Semaphore(PARALLEL);
        @SuppressWarnings("unchecked")
        CompletableFuture<Outcome>[] outcomes = new CompletableFuture[devices.size()];
        for (int i = 0; i < devices.size(); i++) {
            parallel.acquire();
            outcomes[i] = register(devices.get(i)).whenComplete((o, e) -> {
                parallel.release();
                progress.run();
            });
        }
        return java.util.Arrays.stream(outcomes).map(CompletableFuture::join).toList();
    }

    CompletableFuture<Outcome> register(DeviceCredentials device) {
        String body = JSON.createObjectBuilder()
                .add("deviceId", device.deviceId())
                .add("password", device.password())
                .add("owner", "simulator")
                .add("tenant", tenant)
                .add("dso", "DSO-1")
                .add("gridArea", areaOf.apply(device.deviceId()))
                .add("kind", "BATTERY")
                .add("maxUpKw", MAX_KW)
                .add("maxDownKw", MAX_KW)
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(devicesUri).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                System.err.println("register " + device.deviceId() + ": " + failure);
                return Outcome.FAILED;
            }
            return switch (response.statusCode()) {
                case 201, 200 -> Outcome.CREATED;
                case 409 -> Outcome.ALREADY_REGISTERED;
                default -> {
                    System.err.println("register " + device.deviceId() + ": HTTP " + response.statusCode() + " "
                            + response.body());
                    yield Outcome.FAILED;
                }
            };
        });
    }
}

package org.gridflex.simulator;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.gridflex.activation.model.ActivationSignature;

/**
 * The node's public activation keys from {@code GET {api}/activation/keys} (public, no login), fetched at start and
 * again when an activation names a key id not seen yet, at most once per {@link #REFRESH_INTERVAL}: a node that rotates
 * its key is followed within seconds, while a flood of forged key ids cannot turn into a flood of requests. Fetching
 * is asynchronous so that no MQTT event-loop thread ever waits on HTTP; activations arriving during a fetch wait on it.
 */
final class NodeActivationKeys implements ActivationKeys {

    static final Duration REFRESH_INTERVAL = Duration.ofSeconds(5);
    private static final JsonProvider JSON = JsonProvider.provider();

    private final HttpClient http;
    private final URI keysUri;
    private final Clock clock;
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private CompletableFuture<Void> fetching;
    private Instant lastFetch = Instant.MIN;

    NodeActivationKeys(HttpClient http, URI api, Clock clock) {
        this.http = http;
        this.keysUri = URI.create(api + "/activation/keys");
        this.clock = clock;
    }

    /** The first fetch; its failure is reported but not fatal (a node may publish its keys later). */
    CompletableFuture<Integer> fetchNow() {
        return refresh().thenApply(ignored -> keys.size());
    }

    int size() {
        return keys.size();
    }

    @Override
    public CompletableFuture<Optional<PublicKey>> find(String keyId) {
        PublicKey known = keys.get(keyId);
        if (known != null) {
            return CompletableFuture.completedFuture(Optional.of(known));
        }
        CompletableFuture<Void> fetch;
        synchronized (this) {
            if (fetching != null && !fetching.isDone()) {
                fetch = fetching;
            } else if (Duration.between(lastFetch, clock.instant()).compareTo(REFRESH_INTERVAL) >= 0) {
                fetch = refresh();
            } else {
                return CompletableFuture.completedFuture(Optional.empty());
            }
        }
        return fetch.handle((ignored, failure) -> Optional.ofNullable(keys.get(keyId)));
    }

    private synchronized CompletableFuture<Void> refresh() {
        lastFetch = clock.instant();
        HttpRequest request = HttpRequest.newBuilder(keysUri).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json").GET().build();
        fetching = http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + keysUri + ": HTTP " + response.statusCode());
            }
            keys.putAll(parse(response.body()));
        });
        return fetching;
    }

    /** {@code [{"keyId":"...","node":"...","algorithm":"Ed25519","publicKey":"<base64 X.509>"}]}; other algorithms are skipped. */
    static Map<String, PublicKey> parse(String body) {
        Map<String, PublicKey> parsed = new ConcurrentHashMap<>();
        JsonArray array = JSON.createReader(new StringReader(body)).readArray();
        for (JsonValue value : array) {
            JsonObject key = value.asJsonObject();
            if (ActivationSignature.ALGORITHM.equals(key.getString("algorithm", ActivationSignature.ALGORITHM))) {
                parsed.put(key.getString("keyId"), ActivationSignature.decode(key.getString("publicKey")));
            }
        }
        return parsed;
    }
}

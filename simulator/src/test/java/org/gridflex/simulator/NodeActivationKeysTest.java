package org.gridflex.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.gridflex.activation.model.ActivationSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NodeActivationKeysTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String published(KeyPair key) {
        return "{\"keyId\":\"" + ActivationSignature.keyId(key.getPublic()) + "\",\"node\":\"n1\",\"algorithm\":\"Ed25519\","
                + "\"publicKey\":\"" + ActivationSignature.encode(key.getPublic()) + "\"}";
    }

    @Test
    void anUnknownKeyIdMakesTheDeviceAskTheNodeAgainAtMostOncePerFiveSeconds() throws Exception {
        KeyPair first = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair rotated = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        AtomicReference<String> body = new AtomicReference<>("[" + published(first) + "]");
        AtomicInteger requests = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/activation/keys", exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T15:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        NodeActivationKeys keys = new NodeActivationKeys(HttpClient.newHttpClient(),
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api"), clock);

        assertEquals(1, keys.fetchNow().join());
        assertTrue(keys.find(ActivationSignature.keyId(first.getPublic())).join().isPresent());
        assertEquals(1, requests.get(), "a known key needs no request");

        body.set("[" + published(first) + "," + published(rotated) + "]");
        String rotatedId = ActivationSignature.keyId(rotated.getPublic());
        now.set(now.get().plusSeconds(2));
        assertTrue(keys.find(rotatedId).join().isEmpty(), "2 s after the last fetch the node is not asked again");
        assertEquals(1, requests.get());

        now.set(now.get().plusSeconds(4));
        assertEquals(rotated.getPublic(), keys.find(rotatedId).join().orElseThrow(), "the rotated key is fetched");
        assertEquals(2, requests.get());
        assertTrue(keys.find("0000000000000000").join().isEmpty());
        assertEquals(2, requests.get(), "a forged key id right after does not cause another request");
    }
}

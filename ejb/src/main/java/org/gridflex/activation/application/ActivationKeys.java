package org.gridflex.activation.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.gridflex.activation.model.Activation;
import org.gridflex.activation.model.ActivationSignature;
import org.gridflex.federation.model.FederationMessageKind;
import org.gridflex.federation.model.PeerSignature;
import org.gridflex.market.application.MarketSettings;
import org.infinispan.Cache;

/**
 * This node's activation signing key, read from the keystore the server configuration names
 * ({@code gridflex.activation.keystore}, {@code .password}, alias {@code gridflex.activation.key-alias}, default
 * "node"), and the public keys of every node of the cluster: each node puts its own into the replicated cache
 * {@code activation-keys}, so devices and peers can fetch all of them from any node.
 */
@Singleton
@Startup
@Lock(LockType.READ) // read-only after start: signing must not queue behind a container write lock
public class ActivationKeys {

    private static final Logger LOG = Logger.getLogger(ActivationKeys.class.getName());

    /** A node's public key as published. */
    public record PublishedKey(String keyId, String node, String algorithm, String publicKey) {
    }

    @Inject
    MarketSettings settings;

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/activation-keys")
    Cache<String, String> published;

    private PrivateKey privateKey;
    private PublicKey publicKey;
    private String keyId;

    @PostConstruct
    void load() {
        String location = System.getProperty("gridflex.activation.keystore");
        String password = System.getProperty("gridflex.activation.keystore.password");
        String alias = System.getProperty("gridflex.activation.key-alias", "node");
        if (location == null || password == null) {
            throw new IllegalStateException("No activation keystore configured (system properties "
                    + "gridflex.activation.keystore and gridflex.activation.keystore.password)");
        }
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            privateKey = (PrivateKey) store.getKey(alias, password.toCharArray());
            publicKey = store.getCertificate(alias).getPublicKey();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the activation key '" + alias + "' from " + location, e);
        }
        keyId = ActivationSignature.keyId(publicKey);
        String node = settings.nodeName();
        published.put(keyId, Json.createObjectBuilder().add("keyId", keyId).add("node", node)
                .add("algorithm", ActivationSignature.ALGORITHM).add("publicKey", ActivationSignature.encode(publicKey))
                .build().toString());
        LOG.info(() -> "Activation signing key " + keyId + " of node " + node + " loaded from " + location);
    }

    /** Signs a setpoint's activations with one signature (see {@link ActivationSignature}). */
    public List<Activation> signAll(List<Activation> unsigned) {
        return ActivationSignature.signAll(unsigned, keyId, privateKey);
    }

    /** Signs a message to a federation peer with this node's key (see {@link PeerSignature}). */
    public String signForPeers(FederationMessageKind kind, String sender, String payload) {
        return PeerSignature.sign(kind, sender, payload, privateKey);
    }

    public String keyId() {
        return keyId;
    }

    public List<PublishedKey> all() {
        List<PublishedKey> keys = new ArrayList<>();
        for (String json : published.values()) {
            JsonObject o = Json.createReader(new StringReader(json)).readObject();
            keys.add(new PublishedKey(o.getString("keyId"), o.getString("node"), o.getString("algorithm"),
                    o.getString("publicKey")));
        }
        return keys;
    }
}

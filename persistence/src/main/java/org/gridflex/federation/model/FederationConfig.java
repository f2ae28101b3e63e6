package org.gridflex.federation.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * This installation's federation settings, from system properties: {@code gridflex.federation.name} (this
 * installation's name as its peers know it), {@code gridflex.federation.peers} (comma-separated peer names) and per
 * peer {@code gridflex.federation.peer.<name>.public-key} (base64 X.509). No peers = federation off: nothing is shared
 * and every message from outside is refused as from an unknown peer.
 */
public record FederationConfig(String name, Map<String, Peer> peers) {

    public static final String NAME = "gridflex.federation.name";
    public static final String PEERS = "gridflex.federation.peers";
    /** A name is a broker user, a queue name part and a JMS property value: keep it plain. */
    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public FederationConfig {
        peers = Map.copyOf(peers);
    }

    public static String publicKeyProperty(String peer) {
        return "gridflex.federation.peer." + peer + ".public-key";
    }

    /** @throws IllegalArgumentException when peers are listed but a name or key is missing or wrong */
    public static FederationConfig from(Properties properties) {
        String peerList = properties.getProperty(PEERS, "").trim();
        if (peerList.isEmpty()) {
            return new FederationConfig(properties.getProperty(NAME), Map.of());
        }
        String name = properties.getProperty(NAME, "").trim();
        if (!VALID_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(NAME + " must name this installation (letters, digits, - and _) "
                    + "when peers are configured, not '" + name + "'");
        }
        Map<String, Peer> peers = new LinkedHashMap<>();
        for (String peer : Arrays.stream(peerList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            if (!VALID_NAME.matcher(peer).matches() || peer.equals(name)) {
                throw new IllegalArgumentException("Peer name '" + peer + "' is not valid (or is this installation)");
            }
            String key = properties.getProperty(publicKeyProperty(peer));
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("No public key for peer " + peer + " (" + publicKeyProperty(peer) + ")");
            }
            peers.put(peer, Peer.of(peer, key));
        }
        return new FederationConfig(name, peers);
    }

    public boolean enabled() {
        return !peers.isEmpty();
    }

    public Optional<Peer> peer(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(peers.get(name));
    }

    public Collection<Peer> allPeers() {
        return peers.values();
    }
}

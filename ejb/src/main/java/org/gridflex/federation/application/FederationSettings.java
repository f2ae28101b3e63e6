package org.gridflex.federation.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.gridflex.federation.model.FederationConfig;

/**
 * This installation's federation configuration, read once from the server's system properties (see
 * {@link FederationConfig}) and {@code gridflex.federation.offer-batch-ms} (250): how long accepted offers are
 * collected before they go to the peers in one signed message. A configuration that lists peers but is incomplete
 * stops the deployment: an installation that silently does not federate would be worse.
 */
@ApplicationScoped
public class FederationSettings {

    private static final Logger LOG = Logger.getLogger(FederationSettings.class.getName());

    private FederationConfig config;

    @PostConstruct
    void read() {
        config = FederationConfig.from(System.getProperties());
        if (config.enabled()) {
            LOG.info(() -> "Federation: this installation is " + config.name() + ", peers "
                    + config.allPeers().stream().map(p -> p.name() + " (key " + p.keyId() + ")")
                            .collect(Collectors.joining(", ")));
        }
    }

    public FederationConfig config() {
        return config;
    }

    public long offerBatchMillis() {
        return Long.getLong("gridflex.federation.offer-batch-ms", 250);
    }

    /** The broker address whose queue the bridge to the peer consumes (server-config, federation-peer.cli). */
    public static String outboundAddress(String peer) {
        return "gridflex.federation.to." + peer;
    }
}

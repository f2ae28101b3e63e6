package org.gridflex.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridflex.federation.model.FederationRefusal;

/** What operators see of this node's federation: its name, its peers and their key ids, and the traffic counters. */
@ApplicationScoped
public class FederationStatus {

    public record PeerView(String name, String keyId) {
    }

    public record StatusView(boolean enabled, String name, List<PeerView> peers,
            Map<FederationTraffic.Counter, Long> traffic, Map<FederationRefusal, Long> refused) {
    }

    @Inject
    FederationSettings settings;

    @Inject
    FederationTraffic traffic;

    public StatusView current() {
        var config = settings.config();
        return new StatusView(config.enabled(), config.name(),
                config.allPeers().stream().map(p -> new PeerView(p.name(), p.keyId())).toList(),
                traffic.counters(), traffic.refusals());
    }
}

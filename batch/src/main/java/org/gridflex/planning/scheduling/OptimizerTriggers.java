package org.gridflex.planning.scheduling;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.gridflex.planning.application.PlanningDestinations;
import org.gridflex.planning.application.PlanningSettings;
import org.gridflex.tenancy.TenantId;
import org.infinispan.Cache;

/**
 * What a TSO's optimizer schedule does when it fires: every node's Quartz fires, the node whose claim on (TSO, fire
 * time) lands first in the replicated cache puts one trigger with the TenantId on the FleetOptimizerRuns queue.
 */
@Stateless
public class OptimizerTriggers {

    private static final Logger LOG = Logger.getLogger(OptimizerTriggers.class.getName());

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/scheduler-claims")
    Cache<String, String> claims;

    @Inject
    PlanningSettings settings;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory broker;

    public boolean fire(TenantId tenant, Instant scheduledAt) {
        String node = settings.nodeName();
        if (claims.putIfAbsent("optimizer/" + tenant + "/" + scheduledAt, node, 1, TimeUnit.DAYS) != null) {
            return false;
        }
        try (JMSContext context = broker.createContext()) {
            context.createProducer()
                    .setProperty(PlanningDestinations.TENANT_ID, tenant.value())
                    .setProperty("TriggeredBy", "schedule@" + node)
                    .send(PlanningDestinations.optimizerRequests(), scheduledAt.toString());
        }
        LOG.info(() -> "Scheduled optimizer run of " + tenant + " for " + scheduledAt + " triggered by " + node);
        return true;
    }
}

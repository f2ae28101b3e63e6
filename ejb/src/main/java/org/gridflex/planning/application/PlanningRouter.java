package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gridflex.messaging.TransactionalJms;
import jakarta.jms.JMSProducer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.PlanningDocument;
import org.gridflex.planning.model.PlanningMessageRefusedException;
import org.gridflex.tenancy.TenantId;

/**
 * Finds a planning message's TSO and moves it to that TSO's queue. Messages that carry a TenantId must name the TSO
 * that owns their assets; messages without one (the seed's Kafka schedules) get it from {@link TenantAssetDirectory}.
 * A message for an asset no TSO has is parked, not dropped. Joins the caller's transaction (a batch of the inbox).
 */
@Stateless
public class PlanningRouter {

    private static final Logger LOG = Logger.getLogger(PlanningRouter.class.getName());

    public enum Outcome { ROUTED, PARKED }

    @Inject
    TransactionalJms jms;

    @Inject
    TenantAssetDirectory directory;

    @Inject
    ParkedPlanningMessages parked;

    @Inject
    PlanningIntakeCounters counters;

    public Outcome route(PlanningMessage message, String claimedTenant) {
        List<AssetKey> assets = PlanningDocument.assetsOf(message.topic(), message.key(), message.body());
        Set<TenantId> owners = new LinkedHashSet<>();
        for (AssetKey asset : assets) {
            Optional<TenantId> owner = directory.tenantOf(asset);
            if (owner.isEmpty()) {
                parked.park(message, asset, "No TSO has asset " + asset);
                counters.count(null, PlanningIntakeCounters.Outcome.PARKED);
                LOG.info(() -> "Parked a " + message.topic().topicName() + " message for unknown asset " + asset);
                return Outcome.PARKED;
            }
            owners.add(owner.get());
        }
        if (owners.size() > 1) {
            throw new PlanningMessageRefusedException("The message's assets belong to several TSOs: " + owners);
        }
        TenantId tenant = owners.iterator().next();
        if (claimedTenant != null && !claimedTenant.equals(tenant.value())) {
            throw new PlanningMessageRefusedException("TenantId " + claimedTenant + " does not own " + assets.get(0)
                    + " (it belongs to " + tenant + ")");
        }
        forward(tenant, message);
        counters.count(tenant.value(), PlanningIntakeCounters.Outcome.ROUTED);
        return Outcome.ROUTED;
    }

    private void forward(TenantId tenant, PlanningMessage message) {
        JMSProducer producer = jms.context().createProducer()
                .setProperty(PlanningDestinations.TENANT_ID, tenant.value())
                .setProperty(PlanningDestinations.TOPIC, message.topic().topicName())
                .setProperty(PlanningMessages.PRODUCED_AT, message.producedAt().toEpochMilli());
        if (message.key() != null) {
            producer.setProperty(PlanningDestinations.KEY, message.key());
        }
        producer.send(PlanningDestinations.planningQueue(tenant), message.body());
    }
}

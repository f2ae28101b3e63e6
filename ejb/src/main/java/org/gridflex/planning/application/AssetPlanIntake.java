package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.PlanningAsset;
import org.gridflex.planning.model.PlanningDocument;
import org.gridflex.planning.model.PlanningMessageRefusedException;
import org.gridflex.planning.model.PlanningSchedule;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * Stores one planning message in its TSO's database, in a transaction of its own, so that a failure can be
 * dead-lettered by the consumer with its reason. A message produced before the stored schedule is ignored (stale).
 */
@Stateless
public class AssetPlanIntake {

    public enum Outcome { STORED, STALE }

    @Inject
    TenantEntityManagers databases;

    @Inject
    PlanningEvents events;

    @Inject
    PlanningSettings settings;

    @Inject
    PlanningIntakeCounters counters;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome store(TenantId tenant, PlanningMessage message) {
        PlanningDocument document = PlanningDocument.parse(message.topic(), message.key(), message.body());
        EntityManager em = databases.forTenant(tenant);
        for (AssetKey asset : document.assets()) {
            if (em.find(PlanningAsset.class, asset.toString()) == null) {
                throw new PlanningMessageRefusedException("Asset " + asset + " is not registered with " + tenant);
            }
        }
        List<PlanningSchedule> existing = em.createNamedQuery(PlanningSchedule.BY_IDENTITY, PlanningSchedule.class)
                .setParameter("topic", message.topic().topicName())
                .setParameter("subject", document.subject())
                .setParameter("reference", document.reference())
                .getResultList();
        PlanningSchedule schedule;
        if (existing.isEmpty()) {
            schedule = new PlanningSchedule(document, message.producedAt(), settings.clock().instant());
            em.persist(schedule);
        } else {
            schedule = existing.get(0);
            if (!schedule.replaceWith(document, message.producedAt(), settings.clock().instant())) {
                counters.count(tenant.value(), PlanningIntakeCounters.Outcome.STALE);
                return Outcome.STALE;
            }
        }
        events.scheduleStored(tenant, schedule);
        counters.count(tenant.value(), PlanningIntakeCounters.Outcome.STORED);
        return Outcome.STORED;
    }
}

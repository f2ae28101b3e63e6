package org.gridflex.planning.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.PlanningAsset;
import org.gridflex.planning.model.PlanningDocument;
import org.gridflex.planning.model.PlanningMessageRefusedException;
import org.gridflex.planning.model.PlanningSchedule;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * Stores one planning message in its TSO's database and announces it, in the caller's transaction (a batch of the
 * TSO's queue, or a single retry). A message produced before the stored schedule is ignored (stale).
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

    @Resource
    TransactionSynchronizationRegistry transaction;

    public Outcome store(TenantId tenant, PlanningMessage message) {
        PlanningDocument document = PlanningDocument.parse(message.topic(), message.key(), message.body());
        EntityManager em = databases.forTenant(tenant);
        for (AssetKey asset : document.assets()) {
            if (em.find(PlanningAsset.class, asset.toString()) == null) {
                throw new PlanningMessageRefusedException("Asset " + asset + " is not registered with " + tenant);
            }
        }
        String identity = message.topic().topicName() + "|" + document.subject() + "|" + document.reference();
        Map<String, PlanningSchedule> written = writtenInThisTransaction(tenant);
        PlanningSchedule schedule = written.get(identity);
        if (schedule == null) {
            // no flush before the query: a batch's inserts go to the database together at commit (JDBC batch writing)
            List<PlanningSchedule> existing = em.createNamedQuery(PlanningSchedule.BY_IDENTITY, PlanningSchedule.class)
                    .setParameter("topic", message.topic().topicName())
                    .setParameter("subject", document.subject())
                    .setParameter("reference", document.reference())
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            schedule = existing.isEmpty() ? null : existing.get(0);
        }
        if (schedule == null) {
            schedule = new PlanningSchedule(document, message.producedAt(), settings.clock().instant());
            em.persist(schedule);
            written.put(identity, schedule);
        } else {
            written.put(identity, schedule);
            if (!schedule.replaceWith(document, message.producedAt(), settings.clock().instant())) {
                counters.count(tenant.value(), PlanningIntakeCounters.Outcome.STALE);
                return Outcome.STALE;
            }
        }
        events.scheduleStored(tenant, schedule);
        counters.count(tenant.value(), PlanningIntakeCounters.Outcome.STORED);
        return Outcome.STORED;
    }

    /** The schedules this transaction wrote, so that two messages of one batch for the same schedule meet. */
    @SuppressWarnings("unchecked")
    private Map<String, PlanningSchedule> writtenInThisTransaction(TenantId tenant) {
        String key = AssetPlanIntake.class.getName() + "/" + tenant.value();
        Map<String, PlanningSchedule> written = (Map<String, PlanningSchedule>) transaction.getResource(key);
        if (written == null) {
            written = new HashMap<>();
            transaction.putResource(key, written);
        }
        return written;
    }
}

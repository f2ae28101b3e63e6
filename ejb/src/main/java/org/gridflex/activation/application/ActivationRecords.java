package org.gridflex.activation.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridflex.activation.model.Activation;
import org.gridflex.activation.model.DeviceActivation;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/** Bulk changes of a TSO's activation records, each in a transaction of its own (one database at a time). */
@Stateless
public class ActivationRecords {

    @Inject
    TenantEntityManagers databases;

    /** A setpoint's activations as issued here; those of devices connected to a peer marked with that peer. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(TenantId tenant, List<Activation> sent, String setpointId, String requestId, String node,
            String replyTo, Map<String, String> peerOfDevice) {
        EntityManager em = databases.forTenant(tenant);
        for (Activation activation : sent) {
            em.persist(new DeviceActivation(activation, setpointId, requestId, node, replyTo)
                    .markForwardedTo(peerOfDevice.get(activation.deviceId())));
        }
    }

    /**
     * Activations a peer issued and this installation delivers. A peer forwarding the same activation twice (a
     * redelivered message) finds it recorded: it is not recorded, nor sent, again.
     *
     * @return the activations recorded now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Activation> recordRelayed(TenantId tenant, List<Activation> sent, String setpointId, String requestId,
            String node, String issuedBy) {
        EntityManager em = databases.forTenant(tenant);
        List<Activation> recorded = new ArrayList<>();
        for (Activation activation : sent) {
            if (em.find(DeviceActivation.class, activation.activationId()) == null) {
                em.persist(new DeviceActivation(activation, setpointId, requestId, node, null).markIssuedBy(issuedBy));
                recorded.add(activation);
            }
        }
        return recorded;
    }

    /**
     * Marks up to {@code limit} activations that were not answered before {@code validBefore} as MISSED. Rows that a
     * batch of (late) answers holds at this moment are skipped, not waited for: they are being answered, and what is
     * still unanswered is taken by the next sweep. Waiting for them made answers and sweep queue behind each other
     * until the database's lock timeout.
     *
     * @return how many were marked
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int markMissed(TenantId tenant, Instant validBefore, int limit) {
        EntityManager em = databases.forTenant(tenant);
        List<String> ids = em.createNamedQuery(DeviceActivation.UNANSWERED_BEFORE, String.class)
                .setParameter("before", validBefore).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Set<String> locked = ActivationRowLocks.lockFree(em, ids);
        if (locked.isEmpty()) {
            return 0;
        }
        int missed = 0;
        for (DeviceActivation activation : ActivationRowLocks.loadLocked(em, locked)) {
            if (activation.markMissed()) {
                missed++;
            }
        }
        return missed;
    }
}

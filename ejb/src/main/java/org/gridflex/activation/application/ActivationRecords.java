package org.gridflex.activation.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.gridflex.activation.model.Activation;
import org.gridflex.activation.model.DeviceActivation;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/** Bulk changes of a TSO's activation records, each in a transaction of its own (one database at a time). */
@Stateless
public class ActivationRecords {

    private static final Logger LOG = Logger.getLogger(ActivationRecords.class.getName());

    @Inject
    TenantEntityManagers databases;

    @Resource
    EJBContext transaction;

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
     * Marks up to {@code limit} activations that were not answered before {@code validBefore} as MISSED, locking them in
     * id order as the answers do, so a late answer and the sweep wait for each other instead of deadlocking.
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
        List<DeviceActivation> locked;
        try {
            locked = em.createNamedQuery(DeviceActivation.BY_IDS, DeviceActivation.class)
                    .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        } catch (PessimisticLockException | LockTimeoutException busy) {
            // late answers hold some of them longer than the database waits for a lock: they are being answered,
            // and what is still unanswered is taken by the next sweep
            LOG.fine(() -> "Missed-activation sweep of " + tenant + " met activations being answered: " + busy);
            transaction.setRollbackOnly();
            return 0;
        }
        int missed = 0;
        for (DeviceActivation activation : locked) {
            if (activation.markMissed()) {
                missed++;
            }
        }
        return missed;
    }
}

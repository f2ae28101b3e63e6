package org.gridflex.activation.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.gridflex.activation.model.DeviceActivation;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/** Bulk changes of a TSO's activation records, each in a transaction of its own (one database at a time). */
@Stateless
public class ActivationRecords {

    @Inject
    TenantEntityManagers databases;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(TenantId tenant, java.util.List<org.gridflex.activation.model.Activation> sent, String setpointId,
            String requestId, String node, String replyTo) {
        jakarta.persistence.EntityManager em = databases.forTenant(tenant);
        for (org.gridflex.activation.model.Activation activation : sent) {
            em.persist(new DeviceActivation(activation, setpointId, requestId, node, replyTo));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int markMissed(TenantId tenant, Instant validBefore) {
        return databases.forTenant(tenant).createNamedQuery(DeviceActivation.MARK_MISSED)
                .setParameter("before", validBefore).executeUpdate();
    }
}

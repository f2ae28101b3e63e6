package org.gridflex.planning.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.gridflex.planning.application.AssetPlanIntake;
import org.gridflex.planning.application.PlanningMessage;
import org.gridflex.planning.application.PlanningRouter;
import org.gridflex.tenancy.TenantId;

/**
 * One attempt at a message that came back from a failed batch, in a transaction of its own: its failure rolls back
 * only itself, and the batch can still dead-letter it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PlanningAttempts {

    @Inject
    PlanningRouter router;

    @Inject
    AssetPlanIntake intake;

    public void route(PlanningMessage message, String claimedTenant) {
        router.route(message, claimedTenant);
    }

    public void store(TenantId tenant, PlanningMessage message) {
        intake.store(tenant, message);
    }
}

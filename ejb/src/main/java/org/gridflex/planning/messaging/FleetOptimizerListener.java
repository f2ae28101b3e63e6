package org.gridflex.planning.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.gridflex.planning.application.PlanningDestinations;
import org.gridflex.planning.optimizer.FleetOptimization;
import org.gridflex.tenancy.TenantId;

/**
 * Runs one TSO's optimizer runs, one at a time per node. Declared once per TSO in ejb-jar.xml (generated from the
 * tenant list), on the TSO's own optimizer queue, so a long run of one TSO never waits in front of another's. No
 * transaction: a run takes seconds and records its own progress.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FleetOptimizerListener implements MessageListener {

    @Resource(name = "tenant")
    String tenant;

    @Inject
    FleetOptimization optimization;

    @Override
    public void onMessage(Message message) {
        try {
            String runId = message.getStringProperty(PlanningDestinations.RUN_ID);
            if (runId != null) {
                optimization.execute(new TenantId(tenant), runId);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read an optimizer run message", e);
        }
    }
}

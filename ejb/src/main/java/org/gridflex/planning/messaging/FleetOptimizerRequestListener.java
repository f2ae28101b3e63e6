package org.gridflex.planning.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.gridflex.planning.application.PlanningDeadLetters;
import org.gridflex.planning.application.PlanningMessages;
import org.gridflex.planning.optimizer.FleetOptimizerRuns;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/**
 * Optimizer triggers on the FleetOptimizerRuns queue (from the per-TSO Quartz schedules or any other service): the
 * message's TenantId names the TSO; the run is queued on that TSO's own optimizer queue. A trigger without a known
 * TSO is dead-lettered with the reason.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:global/gridflex/jms/FleetOptimizerRuns"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class FleetOptimizerRequestListener implements MessageListener {

    static final String TRIGGERED_BY = "TriggeredBy";

    @Inject
    FleetOptimizerRuns runs;

    @Inject
    TenantRegistry tenants;

    @Inject
    PlanningDeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        String tenant = PlanningMessages.tenantOf(message).orElse(null);
        TenantId known;
        try {
            known = tenants.require(tenant);
        } catch (RuntimeException unknown) {
            deadLetters.deadLetter("FleetOptimizerRuns", null, "", tenant,
                    tenant == null ? "An optimizer trigger needs the TenantId property" : "Unknown TSO " + tenant);
            return;
        }
        runs.request(known, "jms:" + triggeredBy(message));
    }

    private static String triggeredBy(Message message) {
        try {
            String by = message.getStringProperty(TRIGGERED_BY);
            return by == null ? "queue" : by;
        } catch (jakarta.jms.JMSException e) {
            return "queue";
        }
    }
}

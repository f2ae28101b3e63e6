package org.gridflex.planning.optimizer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.gridflex.messaging.TransactionalJms;
import org.gridflex.planning.application.PlanningDestinations;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.OptimizerRun;
import org.gridflex.planning.optimization.AssetSchedule;
import org.gridflex.planning.optimization.FleetSolution;

/**
 * Publishes a solved run per asset on the seed's output topics, with TenantId and RunId: AssetFeasiblePowerSchedule_v1
 * (keyed by the asset, as in the seed) with the feasible band, and AssetPowerSchedule_v1 (keyed by the run id) with
 * the planned power. Sent in the caller's transaction, so only stored runs are announced.
 */
@Stateless
public class ScheduleMessages {

    /** Looked up once: Json.create* would search the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String FEASIBLE_TOPIC = "AssetFeasiblePowerSchedule_v1";
    public static final String POWER_TOPIC = "AssetPowerSchedule_v1";

    @Inject
    TransactionalJms jms;

    public void publish(org.gridflex.tenancy.TenantId tenant, OptimizerRun run, FleetSolution solution) {
        JMSContext context = jms.context();
        for (AssetSchedule s : solution.schedules().values()) {
            AssetKey asset = AssetKey.parse(s.assetId());
            String assetKey = JSON.createObjectBuilder().add("assetIdentifierCodingScheme", asset.codingScheme())
                    .add("assetIdentifier", asset.identifier()).build().toString();
            JsonArrayBuilder feasible = JSON.createArrayBuilder();
            JsonArrayBuilder power = JSON.createArrayBuilder();
            for (int t = 0; t < s.powerMw().length; t++) {
                String start = run.horizonStart().plus(run.slotLength().multipliedBy(t)).toString();
                String end = run.horizonStart().plus(run.slotLength().multipliedBy(t + 1L)).toString();
                feasible.add(JSON.createObjectBuilder().add("start", start).add("end", end)
                        .add("minMw", s.feasibleMinMw()[t]).add("maxMw", s.feasibleMaxMw()[t]));
                JsonObjectBuilder p = JSON.createObjectBuilder().add("start", start).add("end", end)
                        .add("mw", s.powerMw()[t]);
                if (s.stateOfEnergyMwh() != null) {
                    p.add("stateOfEnergyMwh", s.stateOfEnergyMwh()[t]);
                }
                power.add(p);
            }
            send(context, FEASIBLE_TOPIC, assetKey, run, document(asset, run, feasible));
            send(context, POWER_TOPIC, JSON.createValue(run.runId()).toString(), run, document(asset, run, power));
        }
    }

    private static String document(AssetKey asset, OptimizerRun run, JsonArrayBuilder points) {
        return JSON.createObjectBuilder()
                .add("tenantId", run.tenant())
                .add("runId", run.runId())
                .add("assetIdentifierCodingScheme", asset.codingScheme())
                .add("assetIdentifier", asset.identifier())
                .add("points", points).build().toString();
    }

    private static void send(JMSContext context, String topic, String key, OptimizerRun run, String body) {
        JMSProducer producer = context.createProducer()
                .setProperty(PlanningDestinations.TENANT_ID, run.tenant())
                .setProperty(PlanningDestinations.RUN_ID, run.runId())
                .setProperty(PlanningDestinations.KEY, key);
        producer.send(PlanningDestinations.topic(topic), body);
    }
}

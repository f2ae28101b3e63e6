package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.gridflex.messaging.TransactionalJms;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObjectBuilder;
import org.gridflex.planning.model.PlanningAsset;
import org.gridflex.planning.model.PlanningSchedule;
import org.gridflex.tenancy.TenantId;

/**
 * Integration events of asset planning, each with the TenantId property: a stored schedule (inline, or for a large
 * one a claim check: the schedule's id and URL instead of its points) on AssetPlanningEvents, and registered assets
 * on AssetEvents. Sent in the caller's transaction: an event announces only what was committed.
 */
@Stateless
public class PlanningEvents {

    /** Looked up once: Json.create* would search the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String PLANNING_EVENTS = "AssetPlanningEvents";
    public static final String ASSET_EVENTS = "AssetEvents";

    @Inject
    TransactionalJms jms;

    @Inject
    PlanningSettings settings;

    public void scheduleStored(TenantId tenant, PlanningSchedule schedule) {
        JsonObjectBuilder event = JSON.createObjectBuilder()
                .add("eventType", "PlanningScheduleStored")
                .add("tenantId", tenant.value())
                .add("topic", schedule.topic().topicName())
                .add("subject", schedule.subject())
                .add("reference", schedule.reference())
                .add("periodStart", schedule.periodStart().toString())
                .add("periodEnd", schedule.periodEnd().toString())
                .add("producedAt", schedule.producedAt().toString())
                .add("pointCount", schedule.pointCount())
                .add("scheduleId", schedule.id());
        String body;
        if (schedule.pointsJson().length() > settings.claimCheckBytes()) {
            event.add("claimCheck", JSON.createObjectBuilder()
                    .add("scheduleId", schedule.id())
                    .add("href", "/gridflex/api/planning/tenants/" + tenant.value() + "/schedules/" + schedule.id()));
            body = event.build().toString();
        } else {
            // the stored points are JSON already: spliced in rather than parsed and written again
            String head = event.build().toString();
            body = head.substring(0, head.length() - 1) + ",\"points\":" + schedule.pointsJson() + "}";
        }
        publish(PLANNING_EVENTS, tenant, body);
    }

    public void assetRegistered(TenantId tenant, PlanningAsset asset) {
        var rating = asset.rating();
        JsonObjectBuilder event = JSON.createObjectBuilder()
                .add("eventType", "AssetRegistered")
                .add("tenantId", tenant.value())
                .add("assetIdentifierCodingScheme", asset.key().codingScheme())
                .add("assetIdentifier", asset.key().identifier())
                .add("kind", rating.kind().name())
                .add("ratedMinMw", rating.ratedMinMw())
                .add("ratedMaxMw", rating.ratedMaxMw())
                .add("energyCapacityMwh", rating.energyCapacityMwh());
        publish(ASSET_EVENTS, tenant, event.build().toString());
    }

    void publish(String topic, TenantId tenant, String body) {
        jms.context().createProducer().setProperty(PlanningDestinations.TENANT_ID, tenant.value())
                .send(PlanningDestinations.topic(topic), body);
    }
}

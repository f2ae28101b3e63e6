package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import org.gridflex.messaging.TransactionalJms;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.PlanningDocument;
import org.gridflex.planning.model.PlanningMessageRefusedException;
import org.gridflex.planning.model.PlanningTopic;
import org.gridflex.tenancy.TenantId;

/**
 * Market interaction: turns a market result for one asset into an AssetMarketAllocation_v1 event with TenantId and
 * the allocation id as key. Planning stores it from the topic like any other planning message, so there is one way in.
 */
@Stateless
public class MarketInteraction {

    /** Looked up once: Json.create* would search the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    TransactionalJms jms;

    @Inject
    TenantAssetDirectory directory;

    public String allocate(TenantId tenant, String body) {
        PlanningDocument allocation;
        String allocationId;
        try {
            JsonObject json = JSON.createReader(new StringReader(body == null ? "" : body)).readObject();
            allocationId = json.get("allocationId") instanceof JsonString s ? s.getString() : null;
        } catch (RuntimeException e) {
            throw new PlanningMessageRefusedException("The allocation is not a JSON object");
        }
        if (allocationId == null || allocationId.isBlank()) {
            throw new PlanningMessageRefusedException("'allocationId' is required");
        }
        String key = JSON.createValue(allocationId).toString();
        allocation = PlanningDocument.parse(PlanningTopic.MARKET_ALLOCATION, key, body);
        AssetKey asset = allocation.assets().get(0);
        if (!directory.tenantOf(asset).map(tenant::equals).orElse(false)) {
            throw new PlanningNotFoundException("No asset " + asset + " at " + tenant);
        }
        JMSContext context = jms.context();
        context.createProducer()
                .setProperty(PlanningDestinations.TENANT_ID, tenant.value())
                .setProperty(PlanningDestinations.KEY, key)
                .send(PlanningDestinations.topic(PlanningTopic.MARKET_ALLOCATION.topicName()), body);
        return allocationId;
    }
}

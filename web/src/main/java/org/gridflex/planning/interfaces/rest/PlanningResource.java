package org.gridflex.planning.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.planning.application.MarketInteraction;
import org.gridflex.planning.application.ParkedPlanningMessages;
import org.gridflex.planning.application.PlanningIntakeCounters;
import org.gridflex.planning.application.PlanningQueries;
import org.gridflex.planning.application.ScheduleView;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.PlanningTopic;
import org.gridflex.tenancy.TenantId;
import org.gridflex.web.CallerTenants;

/** Stored planning schedules of a TSO, its market allocations, and the intake's parked messages and counters. */
@Tag(name = "Planning")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@Path("planning")
@RolesAllowed({"tso", "dso", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class PlanningResource {

    @Inject
    PlanningQueries queries;

    @Inject
    MarketInteraction market;

    @Inject
    ParkedPlanningMessages parked;

    @Inject
    PlanningIntakeCounters counters;

    @Inject
    CallerTenants callerTenants;

    @Context
    SecurityContext caller;

    @Operation(summary = "Planning schedules of an asset",
            description = "The stored schedules (newest message per topic, subject and start) that overlap [from, to), "
                    + "optionally of one topic. Roles: tso, dso or admin (operators only their tenant.<TSO>).")
    @Parameter(name = "topic", in = ParameterIn.QUERY, description = "A seed topic name, e.g. AssetCapacityForecast_v1")
    @Parameter(name = "from", in = ParameterIn.QUERY, required = true, description = "ISO-8601 UTC")
    @Parameter(name = "to", in = ParameterIn.QUERY, required = true, description = "ISO-8601 UTC")
    @APIResponse(responseCode = "200", description = "The schedules")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @Path("tenants/{tenant}/assets/{scheme}/{identifier}/schedules")
    public List<ScheduleView> schedules(@PathParam("tenant") String tenant, @PathParam("scheme") String scheme,
            @PathParam("identifier") String identifier, @QueryParam("topic") String topic,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        TenantId id = callerTenants.authorize(caller, tenant);
        return queries.ofAsset(id, new AssetKey(scheme, identifier), topic == null ? null : topic(topic),
                instant("from", from), instant("to", to));
    }

    @Operation(summary = "One stored schedule (claim check)",
            description = "The schedule an integration event refers to by id. Roles: tso, dso or admin (operators only "
                    + "their tenant.<TSO>).")
    @APIResponse(responseCode = "200", description = "The schedule with all its points")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("tenants/{tenant}/schedules/{id}")
    public ScheduleView schedule(@PathParam("tenant") String tenant, @PathParam("id") String scheduleId) {
        return queries.schedule(callerTenants.authorize(caller, tenant), scheduleId);
    }

    @Operation(summary = "Market allocations of a TSO",
            description = "The AssetMarketAllocation_v1 schedules overlapping [from, to). Roles: tso, dso or admin "
                    + "(operators only their tenant.<TSO>).")
    @APIResponse(responseCode = "200", description = "The allocations")
    @GET
    @Path("tenants/{tenant}/market-allocations")
    public List<ScheduleView> allocations(@PathParam("tenant") String tenant, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return queries.ofTopic(callerTenants.authorize(caller, tenant), PlanningTopic.MARKET_ALLOCATION,
                instant("from", from), instant("to", to));
    }

    @Operation(summary = "Record a market allocation",
            description = "Market interaction: an allocation won on a market for one asset of the TSO (body as on "
                    + "AssetMarketAllocation_v1, with allocationId) is published on AssetMarketAllocation_v1 with TenantId "
                    + "and stored by the planning intake like every planning message. Roles: tso or admin.")
    @APIResponse(responseCode = "202", description = "Published; the intake stores it")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @POST
    @Path("tenants/{tenant}/market-allocations")
    @RolesAllowed({"tso", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response allocate(@PathParam("tenant") String tenant, String body) {
        String allocationId = market.allocate(callerTenants.authorize(caller, tenant), body);
        return Response.accepted(Map.of("allocationId", allocationId)).build();
    }

    @Operation(summary = "Parked planning messages",
            description = "Messages for assets no TSO has, kept for inspection; they are released when the asset is "
                    + "registered. Role: admin.")
    @APIResponse(responseCode = "200", description = "The count and the oldest messages")
    @GET
    @Path("parked")
    @RolesAllowed("admin")
    public Map<String, Object> parked(@QueryParam("max") Integer max) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", parked.count());
        result.put("messages", parked.all(max == null ? 100 : Math.min(max, 1000)).stream().map(m -> Map.of(
                "topic", m.topic(), "asset", m.asset().toString(), "reason", m.reason(),
                "parkedAt", m.parkedAt().toString())).toList());
        return result;
    }

    @Operation(summary = "Planning intake counters of this node",
            description = "Per TSO: messages routed, stored, stale (older than the stored schedule), parked and "
                    + "dead-lettered since the node started. Role: admin.")
    @APIResponse(responseCode = "200", description = "The counters")
    @GET
    @Path("intake")
    @RolesAllowed("admin")
    public Map<String, Map<PlanningIntakeCounters.Outcome, Long>> intake() {
        return counters.snapshot();
    }

    private static PlanningTopic topic(String name) {
        return PlanningTopic.named(name).orElseThrow(() -> new BadRequestException("Unknown planning topic " + name));
    }

    static Instant instant(String name, String value) {
        if (value == null) {
            throw new BadRequestException("Query parameter '" + name + "' is required (ISO-8601 UTC)");
        }
        return Instant.parse(value);
    }
}

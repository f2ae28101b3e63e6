package org.gridflex.planning.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.planning.optimizer.AssetScheduleView;
import org.gridflex.planning.optimizer.FleetOptimizerRuns;
import org.gridflex.planning.optimizer.RunView;
import org.gridflex.planning.portfolio.Portfolio;
import org.gridflex.planning.portfolio.PortfolioView;
import org.gridflex.tenancy.TenantId;
import org.gridflex.web.CallerTenants;

/** A TSO's fleet optimizer runs and the portfolio built from them. */
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@Path("planning")
@RolesAllowed({"tso", "dso", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class FleetOptimizerResource {

    @Inject
    FleetOptimizerRuns runs;

    @Inject
    Portfolio portfolio;

    @Inject
    CallerTenants callerTenants;

    @Context
    SecurityContext caller;

    @Tag(name = "Fleet optimizer")
    @Operation(summary = "Request an optimizer run",
            description = "Queues a run of the TSO's fleet optimizer for the next day (96 quarter-hours) on the TSO's own "
                    + "optimizer queue; while a run is queued, a request joins it. Roles: tso or admin.")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @APIResponse(responseCode = "202", description = "The queued run; the Location header is its URL")
    @POST
    @Path("tenants/{tenant}/optimizer/runs")
    @RolesAllowed({"tso", "admin"})
    public Response request(@PathParam("tenant") String tenant, @Context UriInfo uri) {
        TenantId id = callerTenants.authorize(caller, tenant);
        RunView run = runs.request(id, "rest:" + caller.getUserPrincipal().getName());
        return Response.accepted(run).location(uri.getAbsolutePathBuilder().path(run.runId()).build()).build();
    }

    @Tag(name = "Fleet optimizer")
    @Operation(summary = "Recent optimizer runs", description = "Newest first, with status and timings. Roles: tso, dso "
            + "or admin (operators only their tenant.<TSO>).")
    @APIResponse(responseCode = "200", description = "The runs")
    @GET
    @Path("tenants/{tenant}/optimizer/runs")
    public List<RunView> recent(@PathParam("tenant") String tenant, @QueryParam("max") Integer max) {
        return runs.recent(callerTenants.authorize(caller, tenant), max == null ? 20 : Math.min(max, 500));
    }

    @Tag(name = "Fleet optimizer")
    @Operation(summary = "One optimizer run", description = "Status (QUEUED, RUNNING, SOLVED, INFEASIBLE, FAILED), "
            + "timings and objective. Roles: tso, dso or admin (operators only their tenant.<TSO>).")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("tenants/{tenant}/optimizer/runs/{runId}")
    public RunView run(@PathParam("tenant") String tenant, @PathParam("runId") String runId) {
        return runs.run(callerTenants.authorize(caller, tenant), runId);
    }

    @Tag(name = "Fleet optimizer")
    @Operation(summary = "The schedules of a run", description = "Per asset and slot: planned power, feasible band and, "
            + "for storage, state of energy. Roles: tso, dso or admin (operators only their tenant.<TSO>).")
    @APIResponse(responseCode = "200", description = "The schedules")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("tenants/{tenant}/optimizer/runs/{runId}/schedules")
    public List<AssetScheduleView> schedules(@PathParam("tenant") String tenant, @PathParam("runId") String runId) {
        return runs.schedules(callerTenants.authorize(caller, tenant), runId);
    }

    @Tag(name = "Portfolio")
    @Operation(summary = "The TSO's portfolio over time",
            description = "Per slot of the latest solved run within [from, to): planned power, feasible band, stored "
                    + "energy, production forecasts and market allocations, summed over the TSO's assets. Roles: tso, dso "
                    + "or admin (operators only their tenant.<TSO>).")
    @APIResponse(responseCode = "200", description = "The portfolio")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    @Path("tenants/{tenant}/portfolio")
    public PortfolioView portfolio(@PathParam("tenant") String tenant, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return portfolio.over(callerTenants.authorize(caller, tenant), PlanningResource.instant("from", from),
                PlanningResource.instant("to", to));
    }
}

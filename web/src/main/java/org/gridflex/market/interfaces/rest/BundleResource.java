package org.gridflex.market.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.market.application.BundleQueries;
import org.gridflex.market.application.BundleView;
import org.gridflex.web.CallerTenants;

/** The bundles of one TSO's period (a DSO operator sees those of its own requests). */
@Tag(name = "Bundles")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@Path("tenants/{tenant}/bundles")
@RolesAllowed({"tso", "dso", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class BundleResource {

    @Inject
    BundleQueries bundles;

    @Inject
    CallerTenants callerTenants;

    @Context
    SecurityContext caller;

    @Operation(summary = "Bundles of a delivery period",
            description = "The bundles the bundler made for the TSO's requests of a period; a DSO operator sees those of "
                    + "its own DSOs' requests. "
                    + "Roles: tso, dso or admin (TSO and DSO operators only for the TSO of their tenant.<TSO> role).")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @Parameter(name = "period", in = ParameterIn.QUERY, required = true,
            description = "Start of the delivery period, ISO-8601 UTC, e.g. 2026-11-23T12:10:00Z")
    @APIResponse(responseCode = "200", description = "The bundles of the period")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    public List<BundleView> ofPeriod(@PathParam("tenant") String tenant, @QueryParam("period") String period) {
        if (period == null) {
            throw new BadRequestException("Query parameter 'period' is required");
        }
        return bundles.ofPeriod(callerTenants.authorize(caller, tenant), Instant.parse(period), caller::isUserInRole);
    }
}

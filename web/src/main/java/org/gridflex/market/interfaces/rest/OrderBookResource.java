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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.market.application.OfferQueries;
import org.gridflex.market.bundling.DepthLevel;
import org.gridflex.market.model.OfferDirection;
import org.gridflex.web.CallerTenants;

/** The depth of a TSO's order book: power per price level, in merit order, for a direction and optionally an area. */
@Tag(name = "Order book")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@Path("tenants/{tenant}/order-book/depth")
@RolesAllowed({"tso", "dso", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class OrderBookResource {

    @Inject
    OfferQueries offers;

    @Inject
    CallerTenants callerTenants;

    @Context
    SecurityContext caller;

    @Operation(summary = "Depth of the order book",
            description = "Offered power per price level in merit order, with the cumulated power, for a period and a "
                    + "direction, optionally of one grid area. "
                    + "Roles: tso, dso or admin (TSO and DSO operators only for the TSO of their tenant.<TSO> role).")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @Parameter(name = "period", in = ParameterIn.QUERY, required = true,
            description = "Start of the delivery period, ISO-8601 UTC, e.g. 2026-11-23T12:10:00Z")
    @Parameter(name = "direction", in = ParameterIn.QUERY, required = true, description = "UP or DOWN")
    @Parameter(name = "area", in = ParameterIn.QUERY, description = "Only offers of this grid area")
    @APIResponse(responseCode = "200", description = "The price levels")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    public List<DepthLevel> depth(@PathParam("tenant") String tenant, @QueryParam("period") String period,
            @QueryParam("direction") String direction, @QueryParam("area") String area) {
        if (period == null || direction == null) {
            throw new BadRequestException("Query parameters 'period' and 'direction' (UP or DOWN) are required");
        }
        return offers.depth(callerTenants.authorize(caller, tenant), Instant.parse(period),
                OfferDirection.valueOf(direction.toUpperCase(Locale.ROOT)), area);
    }
}

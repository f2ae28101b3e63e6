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
import org.gridflex.market.application.OfferQueries;
import org.gridflex.market.bundling.DepthLevel;
import org.gridflex.market.model.OfferDirection;
import org.gridflex.web.CallerTenants;

/** The depth of a TSO's order book: power per price level, in merit order, for a direction and optionally an area. */
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

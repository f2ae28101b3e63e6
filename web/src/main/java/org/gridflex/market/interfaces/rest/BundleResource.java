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
import org.gridflex.market.application.BundleQueries;
import org.gridflex.market.application.BundleView;
import org.gridflex.web.CallerTenants;

/** The bundles of one TSO's period (a DSO operator sees those of its own requests). */
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

    @GET
    public List<BundleView> ofPeriod(@PathParam("tenant") String tenant, @QueryParam("period") String period) {
        if (period == null) {
            throw new BadRequestException("Query parameter 'period' is required");
        }
        return bundles.ofPeriod(callerTenants.authorize(caller, tenant), Instant.parse(period), caller::isUserInRole);
    }
}

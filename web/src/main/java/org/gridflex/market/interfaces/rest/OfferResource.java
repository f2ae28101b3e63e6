package org.gridflex.market.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.gridflex.market.application.OfferQueries;
import org.gridflex.market.application.OfferView;
import org.gridflex.tenancy.TenantId;
import org.gridflex.web.CallerTenants;

/**
 * A TSO's offers: without parameters the live book (open and next period, from the replicated cache); with
 * {@code period} or {@code device} the offers stored in the TSO's database.
 */
@Path("tenants/{tenant}/offers")
@RolesAllowed({"tso", "dso", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {

    @Inject
    OfferQueries offers;

    @Inject
    CallerTenants callerTenants;

    @Context
    SecurityContext caller;

    @GET
    public List<OfferView> list(@PathParam("tenant") String tenant, @QueryParam("period") String period,
            @QueryParam("device") String device) {
        TenantId id = callerTenants.authorize(caller, tenant);
        if (period != null) {
            return offers.ofPeriod(id, Instant.parse(period));
        }
        if (device != null) {
            return offers.ofDevice(id, device);
        }
        return offers.live(id);
    }
}

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.market.application.OfferQueries;
import org.gridflex.market.application.OfferView;
import org.gridflex.tenancy.TenantId;
import org.gridflex.web.CallerTenants;

/**
 * A TSO's offers: without parameters the live book (open and next period, from the replicated cache); with
 * {@code period} or {@code device} the offers stored in the TSO's database.
 */
@Tag(name = "Offers")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
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

    @Operation(summary = "Offers of a TSO",
            description = "Without parameters the live book: the offers of the open and the next delivery period, from the "
                    + "replicated cache. With period: the offers of that period, with device: that device's offers, both "
                    + "from the TSO's database. "
                    + "Roles: tso, dso or admin (TSO and DSO operators only for the TSO of their tenant.<TSO> role).")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @Parameter(name = "period", in = ParameterIn.QUERY,
            description = "Start of a delivery period, ISO-8601 UTC: that period's stored offers")
    @Parameter(name = "device", in = ParameterIn.QUERY, description = "A device id: that device's stored offers")
    @APIResponse(responseCode = "200", description = "The offers")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
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

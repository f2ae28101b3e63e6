package org.gridflex.market.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.market.application.OfferRejections;
import org.gridflex.market.model.OfferRejection;

/** Refused device offers on this node, counted by reason. */
@Tag(name = "Market")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@Path("market/offer-rejections")
@RolesAllowed({"admin", "tso", "dso", "device-admin"})
public class OfferRejectionResource {

    @Inject
    OfferRejections rejections;

    @Operation(summary = "Refused device offers by reason",
            description = "How many device offers this node refused since it started, per reason (MALFORMED, "
                    + "INVALID_POWER, ...). Roles: admin, tso, dso or device-admin.")
    @APIResponse(responseCode = "200", description = "Count per refusal reason")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<OfferRejection, Long> counts() {
        return rejections.snapshot();
    }
}

package org.gridflex.market.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.gridflex.market.application.OfferRejections;
import org.gridflex.market.model.OfferRejection;

/** Refused device offers on this node, counted by reason. */
@Path("market/offer-rejections")
@RolesAllowed({"admin", "tso", "dso", "device-admin"})
public class OfferRejectionResource {

    @Inject
    OfferRejections rejections;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<OfferRejection, Long> counts() {
        return rejections.snapshot();
    }
}

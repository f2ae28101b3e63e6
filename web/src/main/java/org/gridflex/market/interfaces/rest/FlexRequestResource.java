package org.gridflex.market.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.gridflex.market.application.BundleQueries;
import org.gridflex.market.application.BundleView;
import org.gridflex.market.application.FlexRequestView;
import org.gridflex.market.application.FlexRequests;
import org.gridflex.market.model.FlexRequestTerms;
import org.gridflex.market.model.OfferDirection;
import org.gridflex.tenancy.TenantId;
import org.gridflex.web.CallerTenants;

/** TSO and DSO backends' flex requests for a TSO, and the bundles the bundler made for them. */
@Path("tenants/{tenant}/requests")
@RolesAllowed({"tso", "dso", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class FlexRequestResource {

    /** A request or an update as a backend sends it. {@code dso} is required from DSO operators. */
    public record FlexRequestDocument(String period, OfferDirection direction, Double quantityMw, String gridArea,
            Double maxPriceEurPerMwh, String dso) {

        FlexRequestTerms terms() {
            if (quantityMw == null || maxPriceEurPerMwh == null) {
                throw new BadRequestException("quantityMw and maxPriceEurPerMwh are required");
            }
            return new FlexRequestTerms(direction, quantityMw, gridArea, maxPriceEurPerMwh);
        }

        Instant periodStart() {
            if (period == null) {
                throw new BadRequestException("period is required (ISO-8601 UTC start of the delivery period)");
            }
            return Instant.parse(period);
        }
    }

    @Inject
    FlexRequests requests;

    @Inject
    BundleQueries bundles;

    @Inject
    CallerTenants callerTenants;

    @Context
    SecurityContext caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("tenant") String tenant, FlexRequestDocument document, @Context UriInfo uri) {
        TenantId id = callerTenants.authorize(caller, tenant);
        FlexRequestDocument body = required(document);
        FlexRequestView created = requests.submit(id, body.dso(), caller.getUserPrincipal().getName(),
                caller::isUserInRole, body.periodStart(), body.terms());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    public List<FlexRequestView> ofPeriod(@PathParam("tenant") String tenant, @QueryParam("period") String period) {
        TenantId id = callerTenants.authorize(caller, tenant);
        if (period == null) {
            throw new BadRequestException("Query parameter 'period' is required");
        }
        return requests.ofPeriod(id, Instant.parse(period), caller::isUserInRole);
    }

    @GET
    @Path("{id}")
    public FlexRequestView get(@PathParam("tenant") String tenant, @PathParam("id") String requestId) {
        return requests.find(callerTenants.authorize(caller, tenant), requestId, caller::isUserInRole);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FlexRequestView revise(@PathParam("tenant") String tenant, @PathParam("id") String requestId,
            FlexRequestDocument document) {
        TenantId id = callerTenants.authorize(caller, tenant);
        return requests.revise(id, requestId, caller::isUserInRole, required(document).terms());
    }

    @DELETE
    @Path("{id}")
    public FlexRequestView cancel(@PathParam("tenant") String tenant, @PathParam("id") String requestId) {
        return requests.cancel(callerTenants.authorize(caller, tenant), requestId, caller::isUserInRole);
    }

    @GET
    @Path("{id}/bundle")
    public BundleView bundle(@PathParam("tenant") String tenant, @PathParam("id") String requestId) {
        TenantId id = callerTenants.authorize(caller, tenant);
        return bundles.ofRequest(id, requestId, caller::isUserInRole)
                .orElseThrow(() -> new NotFoundException("No bundle for request " + requestId + " yet"));
    }

    private static FlexRequestDocument required(FlexRequestDocument document) {
        if (document == null) {
            throw new BadRequestException("A flex request document is required");
        }
        return document;
    }
}

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.market.application.BundleQueries;
import org.gridflex.market.application.BundleView;
import org.gridflex.market.application.FlexRequestView;
import org.gridflex.market.application.FlexRequests;
import org.gridflex.market.model.FlexRequestTerms;
import org.gridflex.market.model.OfferDirection;
import org.gridflex.tenancy.TenantId;
import org.gridflex.web.CallerTenants;

/** TSO and DSO backends' flex requests for a TSO, and the bundles the bundler made for them. */
@Tag(name = "Flex requests")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@APIResponse(responseCode = "404", ref = "NotFound")
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

    @Operation(summary = "Submit a flex request",
            description = "Asks for flexibility on a TSO for the open or the next delivery period (direction, quantity in "
                    + "MW, optional grid area, maximum price). A DSO operator names one of its DSOs in the field dso; a TSO "
                    + "operator may leave it out to ask for the whole control area. "
                    + "Roles: tso, dso or admin (TSO and DSO operators only for the TSO of their tenant.<TSO> role).")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @APIResponse(responseCode = "201", description = "The request, created; the Location header is its URL",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FlexRequestView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("tenant") String tenant, FlexRequestDocument document, @Context UriInfo uri) {
        TenantId id = callerTenants.authorize(caller, tenant);
        FlexRequestDocument body = required(document);
        FlexRequestView created = requests.submit(id, body.dso(), caller.getUserPrincipal().getName(),
                caller::isUserInRole, body.periodStart(), body.terms());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @Operation(summary = "Flex requests of a delivery period",
            description = "The TSO's flex requests for a period; a DSO operator sees those of its own DSOs. "
                    + "Roles: tso, dso or admin (TSO and DSO operators only for the TSO of their tenant.<TSO> role).")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @Parameter(name = "period", in = ParameterIn.QUERY, required = true,
            description = "Start of the delivery period, ISO-8601 UTC, e.g. 2026-11-23T12:10:00Z")
    @APIResponse(responseCode = "200", description = "The requests of the period")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @GET
    public List<FlexRequestView> ofPeriod(@PathParam("tenant") String tenant, @QueryParam("period") String period) {
        TenantId id = callerTenants.authorize(caller, tenant);
        if (period == null) {
            throw new BadRequestException("Query parameter 'period' is required");
        }
        return requests.ofPeriod(id, Instant.parse(period), caller::isUserInRole);
    }

    @Operation(summary = "One flex request",
            description = "A flex request by id (404 also when a DSO operator asks for another DSO's request). "
                    + "Roles: tso, dso or admin (TSO and DSO operators only for the TSO of their tenant.<TSO> role).")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The request id")
    @APIResponse(responseCode = "200", description = "The request")
    @GET
    @Path("{id}")
    public FlexRequestView get(@PathParam("tenant") String tenant, @PathParam("id") String requestId) {
        return requests.find(callerTenants.authorize(caller, tenant), requestId, caller::isUserInRole);
    }

    @Operation(summary = "Revise a flex request",
            description = "Replaces the terms (direction, quantity, grid area, maximum price) of an open request while its "
                    + "period is traded; the number of revisions is limited. "
                    + "Roles: tso, dso or admin (TSO and DSO operators only for the TSO of their tenant.<TSO> role).")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The request id")
    @APIResponse(responseCode = "200", description = "The revised request")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FlexRequestView revise(@PathParam("tenant") String tenant, @PathParam("id") String requestId,
            FlexRequestDocument document) {
        TenantId id = callerTenants.authorize(caller, tenant);
        return requests.revise(id, requestId, caller::isUserInRole, required(document).terms());
    }

    @Operation(summary = "Cancel a flex request",
            description = "Cancels an open request while its period is traded. "
                    + "Roles: tso, dso or admin (TSO and DSO operators only for the TSO of their tenant.<TSO> role).")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The request id")
    @APIResponse(responseCode = "200", description = "The cancelled request")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @DELETE
    @Path("{id}")
    public FlexRequestView cancel(@PathParam("tenant") String tenant, @PathParam("id") String requestId) {
        return requests.cancel(callerTenants.authorize(caller, tenant), requestId, caller::isUserInRole);
    }

    @Operation(summary = "The bundle of a flex request",
            description = "The offers the bundler allocated to the request (404 until a bundle exists). "
                    + "Roles: tso, dso or admin (TSO and DSO operators only for the TSO of their tenant.<TSO> role).")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The request id")
    @APIResponse(responseCode = "200", description = "The request's latest bundle")
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

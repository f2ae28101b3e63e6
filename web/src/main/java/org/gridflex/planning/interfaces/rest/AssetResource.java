package org.gridflex.planning.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.planning.application.AssetCatalog;
import org.gridflex.planning.application.AssetView;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.AssetRating;
import org.gridflex.planning.optimization.AssetKind;
import org.gridflex.tenancy.TenantId;
import org.gridflex.web.CallerTenants;

/** The asset service of planning: register assets with their TSO and list them with a TSO filter (the seed API). */
@Tag(name = "Assets")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@Path("planning")
@RolesAllowed({"tso", "dso", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    /** An asset as the asset service registers it. */
    public record AssetDocument(String assetIdentifierCodingScheme, String assetIdentifier, String name, AssetKind kind,
            Double ratedMinMw, Double ratedMaxMw, Double energyCapacityMwh) {

        AssetKey key() {
            return new AssetKey(assetIdentifierCodingScheme, assetIdentifier);
        }

        AssetRating rating() {
            if (kind == null || ratedMinMw == null || ratedMaxMw == null) {
                throw new BadRequestException("kind, ratedMinMw and ratedMaxMw are required");
            }
            return new AssetRating(name, kind, ratedMinMw, ratedMaxMw, energyCapacityMwh == null ? 0 : energyCapacityMwh);
        }
    }

    @Inject
    AssetCatalog catalog;

    @Inject
    CallerTenants callerTenants;

    @Context
    SecurityContext caller;

    @Operation(summary = "Register or update an asset of a TSO",
            description = "Stores the asset in the TSO's database, records its TSO in the shared TenantAsset lookup, "
                    + "publishes AssetRegistered (with TenantId) on the AssetEvents topic and releases planning messages "
                    + "that were parked waiting for it. An asset belongs to one TSO for good (409 otherwise). "
                    + "Roles: admin, or tso for the TSO of its tenant.<TSO> role.")
    @Parameter(name = "tenant", in = ParameterIn.PATH, description = "The TSO, e.g. ELIA")
    @APIResponse(responseCode = "201", description = "The asset as stored")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("tenants/{tenant}/assets")
    @RolesAllowed({"tso", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("tenant") String tenant, AssetDocument document, @Context UriInfo uri) {
        TenantId id = callerTenants.authorize(caller, tenant);
        if (document == null) {
            throw new BadRequestException("An asset document is required");
        }
        AssetView saved = catalog.register(id, document.key(), document.rating());
        return Response.created(uri.getAbsolutePathBuilder().path(saved.assetIdentifierCodingScheme())
                .path(saved.assetIdentifier()).build()).entity(saved).build();
    }

    @Operation(summary = "Assets, filtered by TSO",
            description = "The seed API of the asset service: every asset of the given TSO, or without 'tso' of every "
                    + "TSO the caller may see. Roles: tso, dso or admin (operators only their tenant.<TSO>).")
    @Parameter(name = "tso", in = ParameterIn.QUERY, description = "Only this TSO, e.g. ELIA")
    @APIResponse(responseCode = "200", description = "The assets")
    @GET
    @Path("assets")
    public List<AssetView> list(@QueryParam("tso") String tso) {
        List<TenantId> tenants = tso == null ? callerTenants.visible(caller) : List.of(callerTenants.authorize(caller, tso));
        return catalog.list(tenants);
    }

    @Operation(summary = "One asset of a TSO", description = "Roles: tso, dso or admin (operators only their tenant.<TSO>).")
    @APIResponse(responseCode = "200", description = "The asset")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("tenants/{tenant}/assets/{scheme}/{identifier}")
    public AssetView get(@PathParam("tenant") String tenant, @PathParam("scheme") String scheme,
            @PathParam("identifier") String identifier) {
        return catalog.find(callerTenants.authorize(caller, tenant), new AssetKey(scheme, identifier));
    }
}

package org.gridflex.activation.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.activation.application.ActivationKeys;
import org.gridflex.activation.application.Activations;
import org.gridflex.activation.application.DeviceActivationView;
import org.gridflex.activation.application.SetpointReceipt;
import org.gridflex.tenancy.TenantId;
import org.gridflex.web.CallerTenants;

/** aFRR setpoints of a TSO's load-frequency controller, the devices' answers, and the nodes' public keys. */
@Tag(name = "Activation")
@APIResponse(responseCode = "500", ref = "ServerError")
@Path("activation")
@Produces(MediaType.APPLICATION_JSON)
public class ActivationResource {

    /** A setpoint as the load-frequency controller sends it. */
    public record SetpointDocument(String requestId, Double setpointKw, Double validitySeconds) {
    }

    @Inject
    Activations activations;

    @Inject
    ActivationKeys keys;

    @Inject
    CallerTenants callerTenants;

    @Context
    SecurityContext caller;

    @Operation(summary = "Send a setpoint for a request's bundle",
            description = "Splits the setpoint (kW in the bundle's direction) over the bundle's devices in merit order, "
                    + "never above an offer's allocated power, and sends each device a signed activation on "
                    + "gridflex/devices/{id}/activations, valid for validitySeconds (default 4). Roles: tso or admin "
                    + "(TSO operators only for their tenant.<TSO>).")
    @APIResponse(responseCode = "202", description = "The activations sent; the Location header is the setpoint's URL")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Path("tenants/{tenant}/setpoints")
    @RolesAllowed({"tso", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setpoint(@PathParam("tenant") String tenant, SetpointDocument document, @Context UriInfo uri) {
        TenantId id = callerTenants.authorize(caller, tenant);
        if (document == null || document.requestId() == null || document.setpointKw() == null) {
            throw new BadRequestException("requestId and setpointKw are required");
        }
        double validity = document.validitySeconds() == null ? 4 : document.validitySeconds();
        SetpointReceipt receipt = activations.activate(id, document.requestId(), document.setpointKw(),
                Duration.ofMillis(Math.round(validity * 1000)), caller::isUserInRole, null);
        return Response.accepted(receipt).location(uri.getAbsolutePathBuilder().path(receipt.setpointId()).build()).build();
    }

    @Operation(summary = "A setpoint's activations and their answers",
            description = "Per device: what it was asked, its status (SENT, ACKED, REFUSED, MISSED), baseline, latency "
                    + "and whether the answer was late or repeated. Roles: tso, dso or admin (only their tenant.<TSO>).")
    @APIResponse(responseCode = "200", description = "The activations")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("tenants/{tenant}/setpoints/{setpointId}")
    @RolesAllowed({"tso", "dso", "admin"})
    public List<DeviceActivationView> answers(@PathParam("tenant") String tenant,
            @PathParam("setpointId") String setpointId) {
        return activations.ofSetpoint(callerTenants.authorize(caller, tenant), setpointId);
    }

    @Operation(summary = "The nodes' public activation keys",
            description = "Ed25519 public keys (base64 X.509) of every node of the cluster, by key id, for devices and "
                    + "peers to verify activations. Public.")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The keys")
    @GET
    @Path("keys")
    @PermitAll
    public List<ActivationKeys.PublishedKey> keys() {
        return keys.all();
    }
}

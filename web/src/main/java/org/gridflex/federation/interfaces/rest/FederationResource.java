package org.gridflex.federation.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.federation.application.FederationStatus;

/** This node's federation: name, peers, what crossed the links and what was refused. */
@Tag(name = "Federation")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@Path("federation")
@RolesAllowed({"admin", "tso", "dso"})
public class FederationResource {

    @Inject
    FederationStatus status;

    @Operation(summary = "This installation's federation and its traffic on this node",
            description = "The installation's name, its peers with the key id each must sign with, counters of "
                    + "offers shared and received, activations forwarded and delivered for peers, baselines returned, "
                    + "and refused peer messages by reason (UNKNOWN_PEER, BAD_SIGNATURE, ...), since this node "
                    + "started. Roles: admin, tso or dso.")
    @APIResponse(responseCode = "200", description = "Federation status")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public FederationStatus.StatusView current() {
        return status.current();
    }
}

package org.gridflex.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.market.application.MarketSettings;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/** Which node this is and which TSOs it serves; public, for health checks and the device simulator. */
@Tag(name = "Node")
@Path("node")
@PermitAll
public class NodeResource {

    public record NodeInfo(String node, List<String> tenants, long periodMinutes) {
    }

    @Inject
    TenantRegistry tenants;

    @Inject
    MarketSettings settings;

    @Operation(summary = "This node",
            description = "The node's name, the TSOs it serves and the delivery period length in minutes. Public: no "
                    + "authentication.")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The node description")
    @APIResponse(responseCode = "500", ref = "ServerError")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public NodeInfo node() {
        return new NodeInfo(settings.nodeName(), tenants.all().stream().map(TenantId::value).toList(),
                settings.periodLength().toMinutes());
    }
}

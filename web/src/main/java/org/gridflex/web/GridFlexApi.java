package org.gridflex.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GridFlex's REST API for TSO/DSO backends and administrators, under /api. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(
                title = "GridFlex REST API",
                version = "0.1.0",
                description = "Energy-flexibility marketplace: TSO and DSO backends submit flex requests and read the "
                        + "offers devices post over MQTT, the bundles the bundler made and the order-book depth; device "
                        + "administrators keep the device registry. JSON over HTTP with Basic authentication (every "
                        + "operation except GET /api/node). A TSO or DSO operator sees only the TSO of their "
                        + "tenant.<TSO> role, admin sees every TSO. Every error the API returns is an RFC 9457 problem "
                        + "document (application/problem+json, type urn:gridflex:problem:...); only the container's "
                        + "401 Basic challenge for missing or wrong credentials is not."),
        tags = {
                @Tag(name = "Flex requests", description = "TSO and DSO backends' requests for flexibility and their bundles"),
                @Tag(name = "Offers", description = "Device offers of a TSO: the live book and the stored offers"),
                @Tag(name = "Bundles", description = "The bundles the bundler made for a TSO's delivery period"),
                @Tag(name = "Order book", description = "Depth of a TSO's order book"),
                @Tag(name = "Devices", description = "The device registry (MQTT credentials of the devices)"),
                @Tag(name = "Market", description = "Market statistics of this node"),
                @Tag(name = "Node", description = "This node and the TSOs it serves"),
                @Tag(name = "Federation", description = "This installation's links to peer installations"),
                @Tag(name = "Assets", description = "Planning assets of each TSO and the TenantAsset lookup"),
                @Tag(name = "Planning", description = "Stored planning schedules, market allocations, parked messages"),
                @Tag(name = "Fleet optimizer", description = "Optimizer runs per TSO and the schedules they produce"),
                @Tag(name = "Portfolio", description = "A TSO's asset plans and power schedules, aggregated over time"),
                @Tag(name = "Activation", description = "aFRR setpoints, signed device activations and their answers")
        },
        security = @SecurityRequirement(name = "basic"),
        components = @Components(
                securitySchemes = @SecurityScheme(
                        securitySchemeName = "basic",
                        type = SecuritySchemeType.HTTP,
                        scheme = "basic",
                        description = "HTTP Basic with a GridFlex operator account (application security domain gridflex)"),
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "Invalid request: a required parameter or body field is missing or "
                                        + "malformed, or a market rule refuses the value",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unauthorized", responseCode = "401",
                                description = "No or wrong credentials: the container's HTTP Basic challenge "
                                        + "(WWW-Authenticate), with a plain HTML body"),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "The caller's roles do not allow the operation, or the TSO is not the "
                                        + "caller's tenant",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404",
                                description = "Unknown TSO, device, request or bundle",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "Refused in the current state: the device is already registered, or "
                                        + "the market refuses the flex request (period not traded now, too many "
                                        + "updates, request no longer open)",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "ServerError", responseCode = "500",
                                description = "Unexpected server error; it has been logged",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = Problem.class)))
                }))
public class GridFlexApi extends Application {
}

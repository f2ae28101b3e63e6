package org.gridflex.device.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridflex.device.application.DeviceRegistration;
import org.gridflex.device.application.DeviceRegistry;
import org.gridflex.device.model.Device;
import org.gridflex.device.model.DeviceKind;
import org.gridflex.device.messaging.DeviceTopics;
import org.gridflex.tenancy.TenantRegistry;

/** The device registry for device administrators. Passwords go in on registration and never come out. */
@Tag(name = "Devices")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "500", ref = "ServerError")
@Path("devices")
@RolesAllowed({"device-admin", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    /** A device as the API shows it: no credential. */
    public record DeviceView(String deviceId, String owner, String tenant, String dso, String gridArea,
            DeviceKind kind, double maxUpKw, double maxDownKw, String offerTopic) {

        static DeviceView of(Device d) {
            return new DeviceView(d.deviceId(), d.owner(), d.tenant(), d.dso(), d.gridArea(), d.kind(), d.maxUpKw(),
                    d.maxDownKw(), DeviceTopics.offersTopic(d.deviceId()));
        }
    }

    @Inject
    DeviceRegistry registry;

    @Inject
    TenantRegistry tenants;

    @Operation(summary = "Register a device",
            description = "Registers a device of a TSO with its MQTT password (stored salted and hashed, never returned) "
                    + "and its power limits; the device can connect to the broker at once. "
                    + "Roles: device-admin or admin.")
    @APIResponse(responseCode = "201", description = "The device, registered; the Location header is its URL",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(DeviceRegistration registration, @Context UriInfo uri) {
        if (registration == null) {
            throw new BadRequestException("A device registration document is required");
        }
        Device device = registry.register(registration);
        return Response.created(uri.getAbsolutePathBuilder().path(device.deviceId()).build())
                .entity(DeviceView.of(device)).build();
    }

    @Operation(summary = "Devices of a TSO",
            description = "The devices registered with a TSO, without credentials. "
                    + "Roles: device-admin or admin.")
    @Parameter(name = "tenant", in = ParameterIn.QUERY, required = true, description = "The TSO, e.g. ELIA")
    @APIResponse(responseCode = "200", description = "The TSO's devices")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    public List<DeviceView> list(@QueryParam("tenant") String tenant) {
        if (tenant == null) {
            throw new BadRequestException("Query parameter 'tenant' is required");
        }
        return registry.ofTenant(tenants.require(tenant)).stream().map(DeviceView::of).toList();
    }

    @Operation(summary = "One device",
            description = "A registered device, without credentials. "
                    + "Roles: device-admin or admin.")
    @Parameter(name = "deviceId", in = ParameterIn.PATH, description = "The device id (its MQTT user name)")
    @APIResponse(responseCode = "200", description = "The device")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @GET
    @Path("{deviceId}")
    public DeviceView get(@PathParam("deviceId") String deviceId) {
        return registry.find(deviceId).map(DeviceView::of)
                .orElseThrow(() -> new NotFoundException("No device '" + deviceId + "'"));
    }

    @Operation(summary = "Change a device",
            description = "Replaces a device's owner, DSO, grid area, kind and power limits, and its MQTT password when "
                    + "the document carries one. A device stays with its TSO (remove and register it to move it). "
                    + "Offers that follow are checked against the new limits on every node. "
                    + "Roles: device-admin or admin.")
    @Parameter(name = "deviceId", in = ParameterIn.PATH, description = "The device id (its MQTT user name)")
    @APIResponse(responseCode = "200", description = "The device as changed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @PUT
    @Path("{deviceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeviceView update(@PathParam("deviceId") String deviceId, DeviceRegistration registration) {
        if (registration == null) {
            throw new BadRequestException("A device registration document is required");
        }
        if (registration.deviceId() != null && !registration.deviceId().equals(deviceId)) {
            throw new BadRequestException("The document's deviceId differs from the path's");
        }
        return registry.update(deviceId, registration).map(DeviceView::of)
                .orElseThrow(() -> new NotFoundException("No device '" + deviceId + "'"));
    }

    @Operation(summary = "Remove a device",
            description = "Removes a device from the registry, which also revokes its MQTT credential. "
                    + "Roles: device-admin or admin.")
    @Parameter(name = "deviceId", in = ParameterIn.PATH, description = "The device id (its MQTT user name)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @DELETE
    @Path("{deviceId}")
    public Response remove(@PathParam("deviceId") String deviceId) {
        if (!registry.remove(deviceId)) {
            throw new NotFoundException("No device '" + deviceId + "'");
        }
        return Response.noContent().build();
    }
}

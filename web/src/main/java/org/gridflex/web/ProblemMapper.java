package org.gridflex.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridflex.activation.application.ActivationNotFoundException;
import org.gridflex.activation.application.ActivationRefusedException;
import org.gridflex.device.application.DeviceAlreadyRegisteredException;
import org.gridflex.device.application.InvalidDeviceRegistrationException;
import org.gridflex.market.application.FlexRequestForbiddenException;
import org.gridflex.market.application.FlexRequestNotFoundException;
import org.gridflex.market.model.FlexRequestRefusedException;
import org.gridflex.planning.application.AssetOwnedByOtherTenantException;
import org.gridflex.planning.application.PlanningNotFoundException;
import org.gridflex.planning.model.PlanningMessageRefusedException;
import org.gridflex.tenancy.TenantAccessDeniedException;
import org.gridflex.tenancy.UnknownTenantException;

/** Turns every failure into a problem+json response with the status a client can act on. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Throwable e = failure instanceof EJBException && failure.getCause() != null ? failure.getCause() : failure;
        if (e instanceof WebApplicationException web) {
            Status status = Status.fromStatusCode(web.getResponse().getStatus());
            Status known = status == null ? Status.BAD_REQUEST : status;
            return Problem.response(known, known.name().toLowerCase().replace('_', '-'), e.getMessage());
        }
        if (e instanceof UnknownTenantException) {
            return Problem.response(Status.NOT_FOUND, "unknown-tenant", e.getMessage());
        }
        if (e instanceof TenantAccessDeniedException || e instanceof EJBAccessException
                || e instanceof FlexRequestForbiddenException) {
            return Problem.response(Status.FORBIDDEN, "forbidden", e.getMessage());
        }
        if (e instanceof FlexRequestNotFoundException) {
            return Problem.response(Status.NOT_FOUND, "unknown-request", e.getMessage());
        }
        if (e instanceof FlexRequestRefusedException) {
            return Problem.response(Status.CONFLICT, "request-refused", e.getMessage());
        }
        if (e instanceof ActivationNotFoundException) {
            return Problem.response(Status.NOT_FOUND, "not-found", e.getMessage());
        }
        if (e instanceof ActivationRefusedException) {
            return Problem.response(Status.CONFLICT, "activation-refused", e.getMessage());
        }
        if (e instanceof PlanningNotFoundException) {
            return Problem.response(Status.NOT_FOUND, "not-found", e.getMessage());
        }
        if (e instanceof AssetOwnedByOtherTenantException) {
            return Problem.response(Status.CONFLICT, "asset-of-other-tenant", e.getMessage());
        }
        if (e instanceof PlanningMessageRefusedException) {
            return Problem.response(Status.BAD_REQUEST, "invalid-planning-document", e.getMessage());
        }
        if (e instanceof DeviceAlreadyRegisteredException) {
            return Problem.response(Status.CONFLICT, "device-exists", e.getMessage());
        }
        if (e instanceof InvalidDeviceRegistrationException || e instanceof IllegalArgumentException
                || e instanceof DateTimeParseException) {
            return Problem.response(Status.BAD_REQUEST, "invalid-request", e.getMessage());
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            return Problem.response(Status.BAD_REQUEST, "malformed-json", "The request body is not valid JSON for this resource");
        }
        LOG.log(Level.SEVERE, "Unexpected failure behind the REST API", failure);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "internal", "Unexpected server error; it has been logged");
    }
}

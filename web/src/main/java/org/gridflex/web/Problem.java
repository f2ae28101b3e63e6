package org.gridflex.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document: every error the API returns has this body. */
public record Problem(String type, String title, int status, String detail) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.Status status, String type, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("urn:gridflex:problem:" + type, status.getReasonPhrase(), status.getStatusCode(), detail))
                .build();
    }
}

package org.gridflex.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Error page for what the web container answers itself (a missing or wrong login, an unknown path): the same
 * problem+json body as the REST API's own errors, instead of the server's HTML page. Headers such as
 * {@code WWW-Authenticate} stay as the container set them.
 */
@WebServlet("/problem")
public class ContainerProblemServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus();
        String title = switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            default -> "Error";
        };
        String detail = switch (status) {
            case 401 -> "Authentication is required (HTTP Basic with an operator account)";
            case 403 -> "The authenticated operator lacks the role this resource needs";
            case 404 -> "No such resource";
            default -> "The request could not be served";
        };
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "urn:gridflex:problem:" + title.toLowerCase().replace(' ', '-'))
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build().toString());
    }
}

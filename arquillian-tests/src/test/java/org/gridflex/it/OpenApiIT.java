package org.gridflex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI 3 document WildFly's MicroProfile OpenAPI subsystem generates for the REST API: served at the root of
 * the server's HTTP host (not under the context root), readable without credentials, with the operations, the HTTP
 * Basic security scheme and problem+json errors. WildFly documents every deployment of the host in that one document,
 * so its paths are host paths: the context root /gridflex followed by the API path (/api/...).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    /** Where WildFly serves the document: the host root, whatever the deployment's context root. */
    static final String DOCUMENT_URL = "http://" + GridFlexServer.HOST + ":" + GridFlexServer.HTTP_PORT + "/openapi";

    /** The EAR's context root for the WAR, which WildFly puts in front of every path of the document. */
    static final String CONTEXT_ROOT = "/gridflex";

    private static JsonObject fetched;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GridFlexServer.ear();
    }

    /** The document as JSON, fetched once (after the deployment) without credentials. */
    private static synchronized JsonObject document() throws Exception {
        if (fetched != null) {
            return fetched;
        }
        HttpResponse<String> response = GridFlexServer.HTTP.send(
                HttpRequest.newBuilder(URI.create(DOCUMENT_URL + "?format=JSON")).timeout(Duration.ofSeconds(20))
                        .header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "GET " + DOCUMENT_URL + " without credentials should return the "
                + "OpenAPI document (is the microprofile-openapi-smallrye subsystem configured?), got "
                + response.statusCode() + ": " + response.body());
        try {
            fetched = Json.createReader(new StringReader(response.body())).readObject();
        } catch (RuntimeException e) {
            fail("GET " + DOCUMENT_URL + "?format=JSON did not return a JSON object: " + response.body(), e);
        }
        return fetched;
    }

    @Test
    void documentDescribesTheRestApi() throws Exception {
        JsonObject document = document();
        assertTrue(document.getString("openapi", "").startsWith("3."), "not an OpenAPI 3 document: " + document);
        JsonObject info = document.getJsonObject("info");
        assertEquals("GridFlex REST API", info == null ? null : info.getString("title", null),
                "the document's title comes from the OpenAPIDefinition of GridFlexApi: " + info);

        JsonObject paths = member(document, "paths");
        for (String api : List.of("/api/tenants/{tenant}/requests", "/api/tenants/{tenant}/offers", "/api/devices")) {
            String path = CONTEXT_ROOT + api;
            assertTrue(paths.containsKey(path), "the OpenAPI document has no path " + path + " (the REST path " + api
                    + " under the context root); it has " + paths.keySet());
        }
        JsonObject submit = member(member(paths, CONTEXT_ROOT + "/api/tenants/{tenant}/requests"), "post");
        assertTrue(submit.getString("description", "").contains("Roles:"),
                "POST /api/tenants/{tenant}/requests should name its roles in the description: " + submit);
    }

    @Test
    void documentDeclaresHttpBasicAndPublicNodeEndpoint() throws Exception {
        JsonObject document = document();
        JsonObject schemes = member(member(document, "components"), "securitySchemes");
        boolean basic = schemes.values().stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .anyMatch(s -> "http".equals(s.getString("type", null))
                        && "basic".equalsIgnoreCase(s.getString("scheme", null)));
        assertTrue(basic, "the OpenAPI document declares no HTTP Basic security scheme (type http, scheme basic) in "
                + "components.securitySchemes: " + schemes);
        assertTrue(document.containsKey("security") && !document.getJsonArray("security").isEmpty(),
                "the API as a whole should require the Basic scheme (top-level security): " + document.get("security"));

        JsonObject node = member(member(member(document, "paths"), CONTEXT_ROOT + "/api/node"), "get");
        JsonValue security = node.get("security");
        assertTrue(security != null && security.getValueType() == JsonValue.ValueType.ARRAY
                && security.asJsonArray().contains(JsonValue.EMPTY_JSON_OBJECT),
                "GET /api/node is public: its security should contain the empty requirement {}: " + node);
    }

    @Test
    void errorsAreProblemJson() throws Exception {
        JsonObject document = document();
        JsonObject forbidden = member(member(member(document, "components"), "responses"), "Forbidden");
        assertTrue(member(forbidden, "content").containsKey("application/problem+json"),
                "the shared 403 response should be application/problem+json: " + forbidden);
        JsonObject offers = member(member(member(document, "paths"), CONTEXT_ROOT + "/api/tenants/{tenant}/offers"),
                "get");
        Map<String, JsonValue> responses = member(offers, "responses");
        assertTrue(responses.containsKey("403") && responses.containsKey("404") && responses.containsKey("200"),
                "GET /api/tenants/{tenant}/offers should document 200, 403 and 404: " + responses.keySet());
    }

    private static JsonObject member(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            fail("the OpenAPI document has no object '" + name + "' where expected; found: " + object);
        }
        return value.asJsonObject();
    }
}

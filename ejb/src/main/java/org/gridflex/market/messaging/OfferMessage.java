package org.gridflex.market.messaging;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.gridflex.market.model.OfferDirection;
import org.gridflex.market.model.OfferRejectedException;
import org.gridflex.market.model.OfferRejection;
import org.gridflex.market.model.OfferTerms;

/**
 * An offer as a device publishes it (device API v1):
 * <pre>{"tenant":"ELIA","period":"2026-11-23T12:10:00Z","direction":"UP","powerKw":5.0,"priceEurPerMwh":95.5,"version":1}</pre>
 * with optional {@code "minActivationKw"} (default 0) and {@code "partialAllowed"} (default true). Parsing checks
 * the document's shape; market rules are checked by the intake.
 */
public record OfferMessage(String tenant, Instant periodStart, OfferTerms terms) {

    /** Looked up once: Json.create* would search the service providers on every call. */
    private static final JsonProvider JSON_PROVIDER = JsonProvider.provider();

    public static final int MAX_BYTES = 4096;

    public static OfferMessage parse(byte[] payload) {
        JsonObject json = object(payload);
        String tenant = text(json, "tenant");
        Instant period = period(json);
        OfferDirection direction;
        try {
            direction = OfferDirection.valueOf(text(json, "direction").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw malformed("direction must be UP or DOWN");
        }
        double power = number(json, "powerKw");
        double price = number(json, "priceEurPerMwh");
        int version = version(json);
        double minActivation = json.containsKey("minActivationKw") ? number(json, "minActivationKw") : 0;
        boolean partial = true;
        if (json.containsKey("partialAllowed")) {
            JsonValue value = json.get("partialAllowed");
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw malformed("partialAllowed must be true or false");
            }
            partial = value == JsonValue.TRUE;
        }
        return new OfferMessage(tenant, period, new OfferTerms(direction, power, price, version, minActivation, partial));
    }

    static JsonObject object(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw malformed("empty payload");
        }
        if (payload.length > MAX_BYTES) {
            throw malformed("payload larger than " + MAX_BYTES + " bytes");
        }
        try (JsonReader reader = JSON_PROVIDER.createReader(new ByteArrayInputStream(payload))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw malformed("not a JSON object: " + e.getMessage());
        }
    }

    static Instant period(JsonObject json) {
        try {
            return Instant.parse(text(json, "period"));
        } catch (DateTimeParseException e) {
            throw malformed("period is not an ISO-8601 UTC instant");
        }
    }

    static int version(JsonObject json) {
        double version = number(json, "version");
        if (version != Math.rint(version) || version > Integer.MAX_VALUE) {
            throw malformed("version must be a whole number");
        }
        return (int) version;
    }

    static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
            throw malformed(field + " is required and must be a string");
        }
        return json.getString(field);
    }

    private static double number(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw malformed(field + " is required and must be a number");
        }
        return ((JsonNumber) value).doubleValue();
    }

    static OfferRejectedException malformed(String detail) {
        return new OfferRejectedException(OfferRejection.MALFORMED, detail);
    }
}

package org.gridflex.market.messaging;

import jakarta.json.Json;
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
 * Parsing checks the document's shape; market rules are checked by the intake.
 */
public record OfferMessage(String tenant, Instant periodStart, OfferTerms terms) {

    public static final int MAX_BYTES = 4096;

    public static OfferMessage parse(byte[] payload) {
        if (payload == null || payload.length == 0) {
            throw malformed("empty payload");
        }
        if (payload.length > MAX_BYTES) {
            throw malformed("payload larger than " + MAX_BYTES + " bytes");
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(payload))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw malformed("not a JSON object: " + e.getMessage());
        }
        String tenant = text(json, "tenant");
        Instant period;
        try {
            period = Instant.parse(text(json, "period"));
        } catch (DateTimeParseException e) {
            throw malformed("period is not an ISO-8601 UTC instant");
        }
        OfferDirection direction;
        try {
            direction = OfferDirection.valueOf(text(json, "direction").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw malformed("direction must be UP or DOWN");
        }
        double power = number(json, "powerKw");
        double price = number(json, "priceEurPerMwh");
        double version = number(json, "version");
        if (version != Math.rint(version) || version > Integer.MAX_VALUE) {
            throw malformed("version must be a whole number");
        }
        return new OfferMessage(tenant, period, new OfferTerms(direction, power, price, (int) version));
    }

    private static String text(JsonObject json, String field) {
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

    private static OfferRejectedException malformed(String detail) {
        return new OfferRejectedException(OfferRejection.MALFORMED, detail);
    }
}

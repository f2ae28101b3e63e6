package org.gridflex.planning.model;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A planning message as GridFlex understands it, validated: the topic, whose schedule it is (an asset, or a congestion
 * area with its assets), the reference a newer message replaces it by, and the points in time order.
 *
 * <p>Wire format (body of a JMS text message, the Kafka key in the string property {@code key} if the producer has
 * one): {@code {"assetIdentifierCodingScheme":"PL","assetIdentifier":"37","points":[{"start":"2026-11-24T00:00:00Z",
 * "end":"2026-11-24T00:15:00Z","minMw":-5,"maxMw":10}]}}; congestion restrictions name {@code "congestionArea"} and
 * {@code "assets":[{...},...]}; the state of energy is {@code "measuredAt"} and {@code "stateOfEnergyPercentage"}.
 */
public record PlanningDocument(PlanningTopic topic, String subject, List<AssetKey> assets, String reference,
        List<SchedulePoint> points) {

    /** Looked up once: Json.create* would search the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** More points than a year of 5-minute slots is not a schedule but an accident. */
    public static final int MAX_POINTS = 105_408;
    private static final String AREA_PREFIX = "area:";

    public Instant periodStart() {
        return points.get(0).start();
    }

    public Instant periodEnd() {
        return points.stream().map(SchedulePoint::end).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** Parses and validates a message; {@link PlanningMessageRefusedException} says what is wrong. */
    public static PlanningDocument parse(PlanningTopic topic, String key, String body) {
        JsonObject json = object(body, "body");
        JsonValue keyValue = key == null || key.isBlank() ? JsonValue.NULL : value(key, "key");
        List<AssetKey> assets = assetsOf(topic, keyValue, json);
        String subject = topic.isAreaSchedule() ? AREA_PREFIX + text(json, "congestionArea") : assets.get(0).toString();
        List<SchedulePoint> points = topic.isMeasurement() ? measurement(topic, json) : points(topic, json);
        String reference;
        if (topic.isIdentifiedByKey()) {
            reference = keyValue instanceof JsonString s ? s.getString() : text(json, "allocationId");
        } else if (topic.isMeasurement()) {
            reference = "latest";
        } else {
            reference = points.get(0).start().toString();
        }
        if (reference.length() > 128) {
            throw new PlanningMessageRefusedException("The message key is longer than 128 characters");
        }
        return new PlanningDocument(topic, subject, List.copyOf(assets), reference, points);
    }

    /**
     * Only the assets a message is about, read leniently and cheaply (the key if it names an asset, else the body),
     * so a router can find the message's TSO before anything else is checked.
     */
    public static List<AssetKey> assetsOf(PlanningTopic topic, String key, String body) {
        if (!topic.isAreaSchedule() && key != null && !key.isBlank()) {
            JsonValue keyValue = value(key, "key");
            if (keyValue instanceof JsonObject k && k.containsKey("assetIdentifier")) {
                return List.of(assetKey(k, "key"));
            }
        }
        return assetsOf(topic, JsonValue.NULL, object(body, "body"));
    }

    private static List<AssetKey> assetsOf(PlanningTopic topic, JsonValue key, JsonObject body) {
        if (topic.isAreaSchedule()) {
            JsonArray list = body.get("assets") instanceof JsonArray a ? a : null;
            if (list == null || list.isEmpty()) {
                throw new PlanningMessageRefusedException("A congestion restriction lists its assets in 'assets'");
            }
            List<AssetKey> assets = new ArrayList<>();
            for (JsonValue v : list) {
                if (!(v instanceof JsonObject o)) {
                    throw new PlanningMessageRefusedException("'assets' holds asset identifier objects");
                }
                assets.add(assetKey(o, "assets"));
            }
            return assets;
        }
        if (body.containsKey("assetIdentifier")) {
            return List.of(assetKey(body, "body"));
        }
        if (key instanceof JsonObject k && k.containsKey("assetIdentifier")) {
            return List.of(assetKey(k, "key"));
        }
        throw new PlanningMessageRefusedException("No asset identifier: neither the key nor the body carries "
                + "assetIdentifierCodingScheme and assetIdentifier");
    }

    private static AssetKey assetKey(JsonObject o, String where) {
        try {
            return new AssetKey(text(o, "assetIdentifierCodingScheme"), text(o, "assetIdentifier"));
        } catch (IllegalArgumentException e) {
            throw new PlanningMessageRefusedException(e.getMessage() + " (in " + where + ")");
        }
    }

    private static List<SchedulePoint> points(PlanningTopic topic, JsonObject json) {
        if (!(json.get("points") instanceof JsonArray array) || array.isEmpty()) {
            throw new PlanningMessageRefusedException(topic.topicName() + " needs a non-empty 'points' array");
        }
        if (array.size() > MAX_POINTS) {
            throw new PlanningMessageRefusedException("More than " + MAX_POINTS + " points in one message");
        }
        List<SchedulePoint> points = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject p)) {
                throw new PlanningMessageRefusedException("Point " + i + " is not an object");
            }
            Instant start = instant(p, "start", i);
            Instant end = instant(p, "end", i);
            if (!end.isAfter(start)) {
                throw new PlanningMessageRefusedException("Point " + i + " ends before it starts");
            }
            double first = number(topic, p, topic.firstValue(), i);
            double second = topic.hasSecondValue() ? number(topic, p, topic.secondValue(), i) : Double.NaN;
            if (topic.hasSecondValue() && (topic == PlanningTopic.CAPACITY_FORECAST
                    || topic == PlanningTopic.ENERGY_CAPACITY_FORECAST) && first > second) {
                throw new PlanningMessageRefusedException("Point " + i + ": " + topic.firstValue() + " above " + topic.secondValue());
            }
            points.add(new SchedulePoint(start, end, first, second));
        }
        points.sort(Comparator.comparing(SchedulePoint::start));
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).start().isBefore(points.get(i - 1).end())) {
                throw new PlanningMessageRefusedException("Points overlap at " + points.get(i).start());
            }
        }
        return List.copyOf(points);
    }

    private static List<SchedulePoint> measurement(PlanningTopic topic, JsonObject json) {
        Instant at = instant(json, "measuredAt", 0);
        double value = number(topic, json, topic.firstValue(), 0);
        return List.of(new SchedulePoint(at, at, value, Double.NaN));
    }

    /** The points in the compact form they are stored in: {@code [[startEpochSecond,endEpochSecond,first,second?]]}. */
    public String pointsJson() {
        JsonArrayBuilder rows = JSON.createArrayBuilder();
        for (SchedulePoint p : points) {
            JsonArrayBuilder row = JSON.createArrayBuilder().add(p.start().getEpochSecond()).add(p.end().getEpochSecond())
                    .add(p.first());
            if (!Double.isNaN(p.second())) {
                row.add(p.second());
            }
            rows.add(row);
        }
        return rows.build().toString();
    }

    public static List<SchedulePoint> pointsFromJson(String stored) {
        List<SchedulePoint> points = new ArrayList<>();
        try (JsonReader reader = JSON.createReader(new StringReader(stored))) {
            for (JsonValue v : reader.readArray()) {
                JsonArray row = v.asJsonArray();
                points.add(new SchedulePoint(Instant.ofEpochSecond(row.getJsonNumber(0).longValue()),
                        Instant.ofEpochSecond(row.getJsonNumber(1).longValue()), row.getJsonNumber(2).doubleValue(),
                        row.size() > 3 ? row.getJsonNumber(3).doubleValue() : Double.NaN));
            }
        }
        return points;
    }

    public static String areaSubject(String area) {
        return AREA_PREFIX + area;
    }

    private static JsonObject object(String text, String what) {
        if (value(text, what) instanceof JsonObject o) {
            return o;
        }
        throw new PlanningMessageRefusedException("The message " + what + " is not a JSON object");
    }

    private static JsonValue value(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new PlanningMessageRefusedException("The message " + what + " is empty");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new PlanningMessageRefusedException("The message " + what + " is not valid JSON: " + e.getMessage());
        }
    }

    private static String text(JsonObject o, String field) {
        if (o.get(field) instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        throw new PlanningMessageRefusedException("'" + field + "' is missing or not a string");
    }

    private static Instant instant(JsonObject o, String field, int index) {
        try {
            return Instant.parse(text(o, field));
        } catch (DateTimeParseException e) {
            throw new PlanningMessageRefusedException("Point " + index + ": '" + field + "' is not an ISO-8601 UTC instant");
        }
    }

    private static double number(PlanningTopic topic, JsonObject o, String field, int index) {
        if (!(o.get(field) instanceof JsonNumber n)) {
            throw new PlanningMessageRefusedException("Point " + index + ": '" + field + "' is missing or not a number");
        }
        double value = n.doubleValue();
        if (!topic.inRange(value)) {
            throw new PlanningMessageRefusedException("Point " + index + ": '" + field + "' = " + value + " is outside "
                    + topic.range());
        }
        return value;
    }
}

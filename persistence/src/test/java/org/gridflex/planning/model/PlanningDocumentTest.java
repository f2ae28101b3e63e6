package org.gridflex.planning.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningDocumentTest {

    private static final String CAPACITY = """
            {"assetIdentifierCodingScheme":"PL","assetIdentifier":"37","points":[
              {"start":"2026-11-24T00:15:00Z","end":"2026-11-24T00:30:00Z","minMw":-2,"maxMw":8},
              {"start":"2026-11-24T00:00:00Z","end":"2026-11-24T00:15:00Z","minMw":-5,"maxMw":10}]}""";

    @Test
    void capacityForecastIsParsedInTimeOrderWithBothValues() {
        PlanningDocument doc = PlanningDocument.parse(PlanningTopic.CAPACITY_FORECAST, null, CAPACITY);
        assertEquals("PL:37", doc.subject());
        assertEquals(Instant.parse("2026-11-24T00:00:00Z"), doc.periodStart());
        assertEquals(Instant.parse("2026-11-24T00:30:00Z"), doc.periodEnd());
        assertEquals(-5, doc.points().get(0).first());
        assertEquals(10, doc.points().get(0).second());
        assertEquals("2026-11-24T00:00:00Z", doc.reference());
    }

    @Test
    void storedPointsReadBackUnchanged() {
        PlanningDocument doc = PlanningDocument.parse(PlanningTopic.CAPACITY_FORECAST, null, CAPACITY);
        assertEquals(doc.points(), PlanningDocument.pointsFromJson(doc.pointsJson()));
    }

    @Test
    void assetComesFromTheSeedKeyWhenTheBodyHasNone() {
        String key = "{ \"assetIdentifierCodingScheme\":\"PL\", \"assetIdentifier\":\"38\", \"regimeIdentifier\": null }";
        String body = "{\"points\":[{\"start\":\"2026-11-24T00:00:00Z\",\"end\":\"2026-11-24T00:15:00Z\",\"mw\":3.5}]}";
        PlanningDocument doc = PlanningDocument.parse(PlanningTopic.PRODUCTION_FORECAST, key, body);
        assertEquals(List.of(new AssetKey("PL", "38")), doc.assets());
        assertEquals(List.of(new AssetKey("PL", "38")), PlanningDocument.assetsOf(PlanningTopic.PRODUCTION_FORECAST, key, body));
    }

    @Test
    void marketAllocationIsIdentifiedByItsKey() {
        String body = "{\"assetIdentifierCodingScheme\":\"PL\",\"assetIdentifier\":\"37\",\"points\":[{\"start\":"
                + "\"2026-11-24T00:00:00Z\",\"end\":\"2026-11-24T01:00:00Z\",\"mw\":2,\"eurPerMwh\":95.5}]}";
        PlanningDocument doc = PlanningDocument.parse(PlanningTopic.MARKET_ALLOCATION,
                "\"e31f49d0-d5f0-4802-8f98-c0f1ad40eb40\"", body);
        assertEquals("e31f49d0-d5f0-4802-8f98-c0f1ad40eb40", doc.reference());
    }

    @Test
    void congestionRestrictionNamesItsAreaAndAssets() {
        String body = """
                {"congestionArea":"NL-ZUID-7","assets":[{"assetIdentifierCodingScheme":"PL","assetIdentifier":"37"},
                 {"assetIdentifierCodingScheme":"PL","assetIdentifier":"38"}],
                 "points":[{"start":"2026-11-24T00:00:00Z","end":"2026-11-24T06:00:00Z","maxInjectionMw":4,"maxWithdrawalMw":1}]}""";
        PlanningDocument doc = PlanningDocument.parse(PlanningTopic.CONGESTION_RESTRICTIONS, null, body);
        assertEquals("area:NL-ZUID-7", doc.subject());
        assertEquals(2, doc.assets().size());
    }

    @Test
    void stateOfEnergyIsOneMeasurement() {
        String body = "{\"assetIdentifierCodingScheme\":\"PL\",\"assetIdentifier\":\"40\","
                + "\"measuredAt\":\"2026-11-23T23:58:00Z\",\"stateOfEnergyPercentage\":55}";
        PlanningDocument doc = PlanningDocument.parse(PlanningTopic.STATE_OF_ENERGY, null, body);
        assertEquals(55, doc.points().get(0).first());
        assertEquals("latest", doc.reference());
    }

    @Test
    void refusalsSayWhatIsWrong() {
        assertRefused(PlanningTopic.CAPACITY_FORECAST, "not json", "not valid JSON");
        assertRefused(PlanningTopic.CAPACITY_FORECAST, "{\"points\":[]}", "No asset identifier");
        assertRefused(PlanningTopic.CAPACITY_FORECAST,
                "{\"assetIdentifierCodingScheme\":\"PL\",\"assetIdentifier\":\"37\",\"points\":[]}", "non-empty");
        assertRefused(PlanningTopic.CAPACITY_FORECAST, CAPACITY.replace("\"maxMw\":8", "\"maxMw\":-8"), "minMw above maxMw");
        assertRefused(PlanningTopic.ASSET_AVAILABILITY, "{\"assetIdentifierCodingScheme\":\"PL\",\"assetIdentifier\":\"37\","
                + "\"points\":[{\"start\":\"2026-11-24T00:00:00Z\",\"end\":\"2026-11-24T00:15:00Z\",\"availability\":1.5}]}",
                "outside");
        assertRefused(PlanningTopic.PRODUCTION_FORECAST, "{\"assetIdentifierCodingScheme\":\"PL\",\"assetIdentifier\":\"37\","
                + "\"points\":[{\"start\":\"2026-11-24T00:15:00Z\",\"end\":\"2026-11-24T00:00:00Z\",\"mw\":1}]}",
                "ends before it starts");
        assertRefused(PlanningTopic.PRODUCTION_FORECAST, "{\"assetIdentifierCodingScheme\":\"PL\",\"assetIdentifier\":\"37\","
                + "\"points\":[{\"start\":\"2026-11-24T00:00:00Z\",\"end\":\"2026-11-24T00:30:00Z\",\"mw\":1},"
                + "{\"start\":\"2026-11-24T00:15:00Z\",\"end\":\"2026-11-24T00:45:00Z\",\"mw\":1}]}", "overlap");
    }

    @Test
    void anOlderMessageDoesNotReplaceANewerSchedule() {
        PlanningDocument doc = PlanningDocument.parse(PlanningTopic.CAPACITY_FORECAST, null, CAPACITY);
        Instant t = Instant.parse("2026-11-23T10:00:00Z");
        PlanningSchedule stored = new PlanningSchedule(doc, t, t);
        assertFalse(stored.replaceWith(doc, t.minusSeconds(1), t));
        assertTrue(stored.replaceWith(doc, t.plusSeconds(1), t));
        assertEquals(t.plusSeconds(1), stored.producedAt());
    }

    @Test
    void seriesKeepWattPrecision() {
        double[] values = {1.234567, -0.5, 0};
        double[] back = Series.fromJson(Series.toJson(values));
        assertEquals(1.234567, back[0], 1e-9);
        assertEquals(-0.5, back[1], 1e-9);
    }

    private static void assertRefused(PlanningTopic topic, String body, String reason) {
        PlanningMessageRefusedException e = assertThrows(PlanningMessageRefusedException.class,
                () -> PlanningDocument.parse(topic, null, body));
        assertTrue(e.getMessage().contains(reason), () -> "expected '" + reason + "' in: " + e.getMessage());
    }
}

package org.gridflex.market.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.gridflex.market.model.StoredBundle;

/** A bundle as the API shows it: the offers allocated to one request and how well they cover it. */
public record BundleView(String requestId, String tenant, String dso, Instant periodStart, long round, boolean finalBundle, double totalKw,
        double quantityKw, double costEur, double coverage, boolean underCovered, List<AllocationView> allocations,
        Instant updatedAt) {

    public record AllocationView(String offerId, String deviceId, double allocatedKw, double priceEurPerMwh) {
    }

    public static BundleView of(StoredBundle b) {
        return new BundleView(b.requestId(), b.tenant(), b.requesterDso(), b.periodStart(), b.round(), b.isFinal(), b.totalKw(), b.quantityKw(),
                b.costEur(), b.coverage(), b.underCovered(), allocations(b.allocationsJson()), b.updatedAt());
    }

    private static List<AllocationView> allocations(String json) {
        JsonArray rows = Json.createReader(new StringReader(json)).readArray();
        return rows.stream().map(v -> v.asJsonObject())
                .map(o -> new AllocationView(o.getString("offerId"), o.getString("deviceId"),
                        o.getJsonNumber("allocatedKw").doubleValue(), o.getJsonNumber("priceEurPerMwh").doubleValue()))
                .toList();
    }

    /** The form the replicated bundle cache and the bundle feed carry (the API's JSON). */
    public String toJson() {
        return JSON.toJson(this);
    }

    public static BundleView fromJson(String json) {
        return JSON.fromJson(json, BundleView.class);
    }

    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();
}

package org.gridflex.market.application;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import org.gridflex.market.bundling.BookOffer;
import org.gridflex.market.model.Offer;
import org.gridflex.market.model.OfferDirection;

/**
 * An offer as the live order book and the APIs show it; immutable, so it can sit in a cache. In the replicated cache
 * it travels as its {@linkplain #toJson() JSON text}, so nodes exchange JDK strings only and never need the EAR's
 * classes to unmarshal an entry.
 *
 * <p>The last four components say where the device sits in the grid and how its power may be split: the bundler
 * needs them ({@link #toBookOffer()}). {@code origin} names the federation peer installation whose device made the
 * offer (null: a device of this installation).
 */
public record OfferView(String id, String deviceId, String tenant, Instant periodStart, Instant periodEnd,
        OfferDirection direction, double powerKw, double priceEurPerMwh, int version, Instant receivedAt, String node,
        String dso, String gridArea, double minActivationKw,
        boolean partialAllowed, String origin)
        implements Serializable {

    /** An offer this installation received from one of its devices (no origin). */
    public OfferView(String id, String deviceId, String tenant, Instant periodStart, Instant periodEnd,
            OfferDirection direction, double powerKw, double priceEurPerMwh, int version, Instant receivedAt, String node,
            String dso, String gridArea, double minActivationKw, boolean partialAllowed) {
        this(id, deviceId, tenant, periodStart, periodEnd, direction, powerKw, priceEurPerMwh, version, receivedAt, node,
                dso, gridArea, minActivationKw, partialAllowed, null);
    }

    /**
     * The same offer as a federation peer shares it: under the id it has in this book and marked with the
     * installation the device is connected to ({@code origin}; null for this installation's own offers).
     */
    public OfferView sharedBy(String originInstallation, String idInThisBook) {
        return new OfferView(idInThisBook, deviceId, tenant, periodStart, periodEnd, direction, powerKw, priceEurPerMwh,
                version, receivedAt, node, dso, gridArea, minActivationKw, partialAllowed, originInstallation);
    }

    /** Looked up once: Json.create* would search the service providers on every call. */
    private static final JsonProvider JSON_PROVIDER = JsonProvider.provider();

    public static OfferView of(Offer offer) {
        return new OfferView(offer.id(), offer.deviceId(), offer.tenant(), offer.period().start(), offer.period().end(),
                offer.terms().direction(), offer.terms().powerKw(), offer.terms().priceEurPerMwh(),
                offer.terms().version(), offer.receivedAt(), offer.node(), offer.dso(), offer.gridArea(),
                offer.terms().minActivationKw(), offer.terms().partialAllowed());
    }

    /** As the bundler sees it. */
    public BookOffer toBookOffer() {
        return new BookOffer(id, deviceId, tenant, dso, gridArea, direction, powerKw, minActivationKw, partialAllowed,
                priceEurPerMwh, receivedAt.toEpochMilli());
    }

    /** The cache form: every component by name, instants as ISO-8601, the direction by its name. */
    public String toJson() {
        var json = JSON_PROVIDER.createObjectBuilder()
                .add("id", id)
                .add("deviceId", deviceId)
                .add("tenant", tenant)
                .add("periodStart", periodStart.toString())
                .add("periodEnd", periodEnd.toString())
                .add("direction", direction.name())
                .add("powerKw", powerKw)
                .add("priceEurPerMwh", priceEurPerMwh)
                .add("version", version)
                .add("receivedAt", receivedAt.toString());
        if (node != null) {
            json.add("node", node);
        }
        if (dso != null) {
            json.add("dso", dso);
        }
        if (gridArea != null) {
            json.add("gridArea", gridArea);
        }
        json.add("minActivationKw", minActivationKw).add("partialAllowed", partialAllowed);
        if (origin != null) {
            json.add("origin", origin);
        }
        return json.build().toString();
    }

    /** The inverse of {@link #toJson()}. */
    public static OfferView fromJson(String text) {
        JsonObject json;
        try (JsonReader reader = JSON_PROVIDER.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        return new OfferView(json.getString("id"), json.getString("deviceId"), json.getString("tenant"),
                Instant.parse(json.getString("periodStart")), Instant.parse(json.getString("periodEnd")),
                OfferDirection.valueOf(json.getString("direction")),
                json.getJsonNumber("powerKw").doubleValue(), json.getJsonNumber("priceEurPerMwh").doubleValue(),
                json.getInt("version"), Instant.parse(json.getString("receivedAt")),
                json.getString("node", null), json.getString("dso", null), json.getString("gridArea", null),
                json.containsKey("minActivationKw") ? json.getJsonNumber("minActivationKw").doubleValue() : 0,
                json.getBoolean("partialAllowed", true), json.getString("origin", null));
    }
}

package org.gridflex.market.application;

import java.io.Serializable;
import java.time.Instant;
import org.gridflex.market.model.Offer;
import org.gridflex.market.model.OfferDirection;

/** An offer as the live order book and the APIs show it; immutable, so it can sit in a cache. */
public record OfferView(String id, String deviceId, String tenant, Instant periodStart, Instant periodEnd,
        OfferDirection direction, double powerKw, double priceEurPerMwh, int version, Instant receivedAt, String node)
        implements Serializable {

    public static OfferView of(Offer offer) {
        return new OfferView(offer.id(), offer.deviceId(), offer.tenant(), offer.period().start(), offer.period().end(),
                offer.terms().direction(), offer.terms().powerKw(), offer.terms().priceEurPerMwh(),
                offer.terms().version(), offer.receivedAt(), offer.node());
    }
}

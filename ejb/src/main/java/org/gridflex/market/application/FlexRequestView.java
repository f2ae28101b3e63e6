package org.gridflex.market.application;

import java.time.Instant;
import org.gridflex.market.model.FlexRequest;
import org.gridflex.market.model.FlexRequestStatus;
import org.gridflex.market.model.OfferDirection;

/** A flex request as the API shows it. */
public record FlexRequestView(String id, String tenant, String dso, String requestedBy, Instant periodStart,
        Instant periodEnd, OfferDirection direction, double quantityMw, String gridArea, double maxPriceEurPerMwh,
        FlexRequestStatus status, int updates, Instant createdAt, Instant updatedAt) {

    public static FlexRequestView of(FlexRequest r) {
        return new FlexRequestView(r.id(), r.tenant(), r.requesterDso(), r.requestedBy(), r.period().start(),
                r.period().end(), r.terms().direction(), r.terms().quantityMw(), r.terms().gridArea(),
                r.terms().maxPriceEurPerMwh(), r.status(), r.updates(), r.createdAt(), r.updatedAt());
    }
}

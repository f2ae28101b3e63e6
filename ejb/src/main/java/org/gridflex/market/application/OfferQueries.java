package org.gridflex.market.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.gridflex.market.bundling.DepthLevel;
import org.gridflex.market.bundling.OrderBookDepth;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.market.model.Offer;
import org.gridflex.market.model.OfferDirection;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/** Reads stored offers from one TSO's database (the live book answers for the open periods). */
@Stateless
public class OfferQueries {

    @Inject
    TenantEntityManagers databases;

    @Inject
    LiveOfferBook liveBook;

    public List<OfferView> live(TenantId tenant) {
        return liveBook.ofTenant(tenant);
    }

    @Inject
    MarketSettings settings;

    /** Power offered per price level in a period, for one direction and optionally one grid area. */
    public List<DepthLevel> depth(TenantId tenant, Instant periodStart, OfferDirection direction, String gridArea) {
        DeliveryPeriod period = new DeliveryPeriod(periodStart, settings.periodLength());
        return OrderBookDepth.of(liveBook.bookOffers(tenant, period), direction, gridArea);
    }

    public List<OfferView> ofPeriod(TenantId tenant, Instant periodStart) {
        return databases.forTenant(tenant).createNamedQuery(Offer.BY_PERIOD, Offer.class)
                .setParameter("start", periodStart)
                .getResultList().stream().map(OfferView::of).toList();
    }

    public List<OfferView> ofDevice(TenantId tenant, String deviceId) {
        return databases.forTenant(tenant).createNamedQuery(Offer.BY_DEVICE, Offer.class)
                .setParameter("device", deviceId)
                .setMaxResults(500)
                .getResultList().stream().map(OfferView::of).toList();
    }
}

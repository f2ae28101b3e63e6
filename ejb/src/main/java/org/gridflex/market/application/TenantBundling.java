package org.gridflex.market.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridflex.market.bundling.Allocation;
import org.gridflex.market.bundling.BookRequest;
import org.gridflex.market.bundling.Bundle;
import org.gridflex.market.bundling.BundlingRound;
import org.gridflex.market.bundling.OfferBundler;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.market.model.FlexRequest;
import org.gridflex.market.model.StoredBundle;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * One TSO's part of a bundler round, in its own transaction on its own database: bundles of periods whose gate has
 * closed become final, then the open requests of the open period are answered from the live order book and the
 * bundles stored. A TSO's failure or slowness never touches another TSO's round.
 */
@Stateless
public class TenantBundling {

    /** Looked up once: Json.create* would search the service providers on every call. */
    private static final JsonProvider JSON_PROVIDER = JsonProvider.provider();

    private final OfferBundler bundler = new OfferBundler();

    @Inject
    TenantEntityManagers databases;

    @Inject
    LiveOfferBook liveBook;

    @Inject
    Event<BundlesMade> made;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int run(TenantId tenant, long round, DeliveryPeriod open, Instant now) {
        EntityManager em = databases.forTenant(tenant);
        em.createNamedQuery(StoredBundle.FINALISE_BEFORE).setParameter("start", open.start()).executeUpdate();

        List<FlexRequest> openRequests = em.createNamedQuery(FlexRequest.OPEN_OF_PERIOD, FlexRequest.class)
                .setParameter("start", open.start())
                .getResultList();
        Map<String, String> dsoOf = new HashMap<>();
        openRequests.forEach(r -> dsoOf.put(r.id(), r.requesterDso()));
        List<BookRequest> requests = openRequests.stream().map(TenantBundling::bookRequest).toList();
        if (requests.isEmpty()) {
            return 0;
        }
        BundlingRound result = bundler.run(round, open, liveBook.bookOffers(tenant, open), requests);
        List<BundleView> stored = new ArrayList<>();
        for (Bundle bundle : result.bundles()) {
            StoredBundle row = em.find(StoredBundle.class, bundle.requestId());
            if (row == null) {
                row = new StoredBundle(bundle.requestId(), tenant.value(), dsoOf.get(bundle.requestId()), open.start());
                em.persist(row);
            }
            if (row.record(round, bundle.totalKw(), bundle.quantityKw(), bundle.costEur(), bundle.coverage(),
                    bundle.underCovered(), allocationsJson(bundle.allocations()), now)) {
                stored.add(BundleView.of(row));
            }
        }
        made.fire(new BundlesMade(tenant.value(), round, stored));
        return stored.size();
    }

    private static BookRequest bookRequest(FlexRequest r) {
        return new BookRequest(r.id(), r.tenant(), r.requesterDso(), r.terms().gridArea(), r.terms().direction(),
                r.terms().quantityMw() * 1000, r.terms().maxPriceEurPerMwh(), r.createdAt().toEpochMilli());
    }

    private static String allocationsJson(List<Allocation> allocations) {
        JsonArrayBuilder rows = JSON_PROVIDER.createArrayBuilder();
        for (Allocation a : allocations) {
            rows.add(JSON_PROVIDER.createObjectBuilder()
                    .add("offerId", a.offerId())
                    .add("deviceId", a.deviceId())
                    .add("allocatedKw", a.allocatedKw())
                    .add("priceEurPerMwh", a.priceEurPerMwh()));
        }
        return rows.build().toString();
    }
}

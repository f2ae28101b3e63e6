package org.gridflex.market.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gridflex.market.model.StoredBundle;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/** Reads bundles from a TSO's database, showing each caller only the bundles of requests it may see. */
@Stateless
public class BundleQueries {

    @Inject
    TenantEntityManagers databases;

    @Inject
    FlexRequests requests;

    /** The request's current bundle (final once its gate closed); empty before the first round answered it. */
    public Optional<BundleView> ofRequest(TenantId tenant, String requestId, Predicate<String> callerInRole) {
        requests.find(tenant, requestId, callerInRole);
        return Optional.ofNullable(databases.forTenant(tenant).find(StoredBundle.class, requestId)).map(BundleView::of);
    }

    public List<BundleView> ofPeriod(TenantId tenant, Instant periodStart, Predicate<String> callerInRole) {
        Set<String> visible = requests.ofPeriod(tenant, periodStart, callerInRole).stream()
                .map(FlexRequestView::id).collect(Collectors.toSet());
        return databases.forTenant(tenant).createNamedQuery(StoredBundle.BY_PERIOD, StoredBundle.class)
                .setParameter("start", periodStart)
                .getResultList().stream()
                .filter(b -> visible.contains(b.requestId()))
                .map(BundleView::of)
                .toList();
    }
}

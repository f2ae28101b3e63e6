package org.gridflex.market.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.market.model.FlexRequest;
import org.gridflex.market.model.FlexRequestAccess;
import org.gridflex.market.model.FlexRequestRefusedException;
import org.gridflex.market.model.FlexRequestTerms;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * Flex requests of TSO and DSO backends, kept in the TSO's database. The caller's roles decide what it may touch
 * ({@link FlexRequestAccess}); the tenant check has been made by the caller's edge already.
 */
@Stateless
public class FlexRequests {

    @Inject
    TenantEntityManagers databases;

    @Inject
    MarketSettings settings;

    @Inject
    Event<FlexRequestChanged> changed;

    /**
     * @param dso the DSO the request is made for: required when the caller is a DSO operator (and must be one of
     *            theirs), optional for a TSO operator, who may also ask for the whole control area
     */
    public FlexRequestView submit(TenantId tenant, String dso, String requestedBy, Predicate<String> callerInRole,
            Instant periodStart, FlexRequestTerms terms) {
        if (!FlexRequestAccess.mayUse(callerInRole, dso)) {
            throw new FlexRequestForbiddenException(dso == null
                    ? "A DSO operator names the DSO the request is made for (field 'dso')"
                    : "Caller does not act for DSO " + dso);
        }
        Instant now = settings.clock().instant();
        FlexRequest request = new FlexRequest(tenant.value(), dso, requestedBy, tradedPeriod(periodStart, now), terms, now);
        databases.forTenant(tenant).persist(request);
        return announce(request);
    }

    public FlexRequestView revise(TenantId tenant, String id, Predicate<String> callerInRole, FlexRequestTerms terms) {
        FlexRequest request = lockedForChange(tenant, id, callerInRole);
        request.revise(terms, settings.maxRequestUpdates(), settings.clock().instant());
        return announce(request);
    }

    public FlexRequestView cancel(TenantId tenant, String id, Predicate<String> callerInRole) {
        FlexRequest request = lockedForChange(tenant, id, callerInRole);
        request.cancel(settings.clock().instant());
        return announce(request);
    }

    public FlexRequestView find(TenantId tenant, String id, Predicate<String> callerInRole) {
        FlexRequest request = databases.forTenant(tenant).find(FlexRequest.class, id);
        if (request == null || !FlexRequestAccess.mayUse(callerInRole, request.requesterDso())) {
            throw new FlexRequestNotFoundException(id);
        }
        return FlexRequestView.of(request);
    }

    public List<FlexRequestView> ofPeriod(TenantId tenant, Instant periodStart, Predicate<String> callerInRole) {
        return databases.forTenant(tenant).createNamedQuery(FlexRequest.BY_PERIOD, FlexRequest.class)
                .setParameter("start", periodStart)
                .getResultList().stream()
                .filter(r -> FlexRequestAccess.mayUse(callerInRole, r.requesterDso()))
                .map(FlexRequestView::of)
                .toList();
    }

    private FlexRequest lockedForChange(TenantId tenant, String id, Predicate<String> callerInRole) {
        EntityManager em = databases.forTenant(tenant);
        FlexRequest request = em.find(FlexRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !FlexRequestAccess.mayUse(callerInRole, request.requesterDso())) {
            throw new FlexRequestNotFoundException(id);
        }
        tradedPeriod(request.period().start(), settings.clock().instant());
        return request;
    }

    private DeliveryPeriod tradedPeriod(Instant periodStart, Instant now) {
        DeliveryPeriod period;
        try {
            period = new DeliveryPeriod(periodStart, settings.periodLength());
        } catch (IllegalArgumentException e) {
            throw new FlexRequestRefusedException(e.getMessage());
        }
        if (!period.isTradedAt(now, settings.gateClosureLead())) {
            throw new FlexRequestRefusedException("Period " + period.start()
                    + " is not traded now: requests are for the open period and the next one");
        }
        return period;
    }

    private FlexRequestView announce(FlexRequest request) {
        FlexRequestView view = FlexRequestView.of(request);
        changed.fire(new FlexRequestChanged(view));
        return view;
    }
}

package org.gridflex.market.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridflex.market.model.Offer;
import org.gridflex.market.model.OfferRejectedException;
import org.gridflex.market.model.OfferRejection;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * Writes a batch of one TSO's offer changes to its database in one transaction of its own. The batch's stored offers
 * are read in one query and locked in id order, so concurrent batches (other consumers, other nodes) serialise on the
 * offers they share and never deadlock; the changes are applied in message order, the rules of {@link Offer} deciding.
 * A change that repeats the stored version word for word is a redelivery and is answered as accepted again.
 */
@Stateless
public class OfferLedger {

    /** What became of one change: the offer's state after it, or why it was refused. */
    record Outcome(int position, OfferView offer, boolean withdrawn, OfferRejectedException refusal) {
    }

    @Inject
    TenantEntityManagers databases;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Outcome> apply(TenantId tenant, List<OfferChange> changes, Instant now, String node, int maxVersions) {
        EntityManager em = databases.forTenant(tenant);
        List<String> ids = changes.stream().map(OfferChange::offerId).distinct().toList();
        Map<String, Offer> stored = new HashMap<>();
        for (Offer offer : em.createNamedQuery(Offer.BY_IDS, Offer.class).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            stored.put(offer.id(), offer);
        }
        List<Outcome> outcomes = new ArrayList<>(changes.size());
        for (OfferChange change : changes) {
            Offer offer = stored.get(change.offerId());
            try {
                if (change.isWithdrawal()) {
                    if (offer == null) {
                        throw new OfferRejectedException(OfferRejection.NO_SUCH_OFFER,
                                change.device().deviceId() + " for " + change.period().start());
                    }
                    if (!offer.withdrawnBy(change.withdrawalVersion())) {
                        offer.withdraw(change.withdrawalVersion(), now, maxVersions);
                    }
                } else if (offer == null) {
                    offer = new Offer(change.device().deviceId(), tenant.value(), change.device().dso(),
                            change.device().gridArea(), change.period(), change.terms(), now, node);
                    em.persist(offer);
                    stored.put(offer.id(), offer);
                } else if (!offer.holds(change.terms())) {
                    offer.supersede(change.terms(), now, maxVersions);
                }
                outcomes.add(new Outcome(change.position(), OfferView.of(offer), offer.isWithdrawn(), null));
            } catch (OfferRejectedException refused) {
                outcomes.add(new Outcome(change.position(), null, false, refused));
            }
        }
        return outcomes;
    }
}

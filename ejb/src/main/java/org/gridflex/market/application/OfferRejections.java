package org.gridflex.market.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.gridflex.market.model.OfferRejection;

/** Counts refused device messages by reason on this node, for operators and monitoring. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfferRejections {

    private final Map<OfferRejection, LongAdder> counts = new EnumMap<>(OfferRejection.class);

    public OfferRejections() {
        for (OfferRejection reason : OfferRejection.values()) {
            counts.put(reason, new LongAdder());
        }
    }

    public void count(OfferRejection reason) {
        counts.get(reason).increment();
    }

    public Map<OfferRejection, Long> snapshot() {
        Map<OfferRejection, Long> copy = new EnumMap<>(OfferRejection.class);
        counts.forEach((reason, adder) -> copy.put(reason, adder.sum()));
        return copy;
    }
}

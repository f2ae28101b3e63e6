package org.gridflex.market.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;
import org.gridflex.market.model.OfferRejection;

/**
 * Counts refused device messages by reason on this node, for operators and monitoring. Publishes on another device's
 * topic never reach the application: the broker's topic guard refuses them, and its JMX counter is reported here as
 * {@link OfferRejection#FOREIGN_TOPIC}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OfferRejections {

    private static final Logger LOG = Logger.getLogger(OfferRejections.class.getName());
    private static final String TOPIC_GUARD = "org.gridflex:type=DeviceTopicGuard";

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
        copy.merge(OfferRejection.FOREIGN_TOPIC, refusedByBroker(), Long::sum);
        return copy;
    }

    private static long refusedByBroker() {
        try {
            Object refused = ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName(TOPIC_GUARD), "RefusedPublishes");
            return refused instanceof Number n ? n.longValue() : 0;
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.FINE, "The broker's topic guard counters are not available", e);
            return 0;
        }
    }
}

package org.gridflex.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gridflex.federation.model.FederationRefusal;

/** What crossed this node's federation links since it started, and what it refused by reason. */
@ApplicationScoped
public class FederationTraffic {

    /** The counters as operators read them. */
    public enum Counter {
        OFFERS_SHARED, WITHDRAWALS_SHARED, OFFERS_RECEIVED, WITHDRAWALS_RECEIVED, ACTIVATIONS_FORWARDED,
        ACTIVATIONS_DELIVERED_FOR_PEERS, BASELINES_RETURNED, BASELINES_RECEIVED
    }

    private final Map<Counter, AtomicLong> counters = new ConcurrentHashMap<>();
    private final Map<FederationRefusal, AtomicLong> refusals = new ConcurrentHashMap<>();

    public void add(Counter counter, long n) {
        counters.computeIfAbsent(counter, c -> new AtomicLong()).addAndGet(n);
    }

    public void refused(FederationRefusal reason) {
        refusals.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
    }

    public Map<Counter, Long> counters() {
        Map<Counter, Long> all = new EnumMap<>(Counter.class);
        for (Counter c : Counter.values()) {
            all.put(c, counters.getOrDefault(c, new AtomicLong()).get());
        }
        return all;
    }

    public Map<FederationRefusal, Long> refusals() {
        Map<FederationRefusal, Long> all = new EnumMap<>(FederationRefusal.class);
        for (FederationRefusal r : FederationRefusal.values()) {
            all.put(r, refusals.getOrDefault(r, new AtomicLong()).get());
        }
        return all;
    }
}

package org.gridflex.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What this node's planning intake did, per TSO and outcome (routed, stored, stale, parked, dead-lettered). */
@ApplicationScoped
public class PlanningIntakeCounters {

    public enum Outcome { ROUTED, STORED, STALE, PARKED, DEAD_LETTERED }

    private final Map<String, Map<Outcome, LongAdder>> counts = new ConcurrentHashMap<>();

    public void count(String tenant, Outcome outcome) {
        counts.computeIfAbsent(tenant == null ? "unknown" : tenant, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome, o -> new LongAdder()).increment();
    }

    public Map<String, Map<Outcome, Long>> snapshot() {
        Map<String, Map<Outcome, Long>> copy = new TreeMap<>();
        counts.forEach((tenant, byOutcome) -> {
            Map<Outcome, Long> c = new TreeMap<>();
            byOutcome.forEach((o, n) -> c.put(o, n.sum()));
            copy.put(tenant, c);
        });
        return copy;
    }
}

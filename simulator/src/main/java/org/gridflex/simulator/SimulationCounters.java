package org.gridflex.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the whole fleet of one process has done so far. Every device writes here from the event-loop and verification
 * threads, hence striped adders; {@link #snapshot} reads them for the progress line and the final report.
 */
final class SimulationCounters {

    /** The counted events; the names are the keys of the result file. */
    enum Count {
        DEVICES("devices"),
        REGISTERED("registered"),
        ALREADY_REGISTERED("alreadyRegistered"),
        REGISTRATION_FAILED("registrationFailed"),
        CONNECTED("connected"),
        CONNECT_FAILED("connectFailed"),
        CONNECTIONS_LOST("connectionsLost"),
        OFFERS_SENT("offersSent"),
        OFFER_PUBLISH_FAILED("offerPublishFailed"),
        OFFERS_ACCEPTED("offersAccepted"),
        OFFERS_REFUSED("offersRefused"),
        ACTIVATIONS_RECEIVED("activationsReceived"),
        ACTIVATIONS_VERIFIED("activationsVerified"),
        ACTIVATIONS_REFUSED("activationsRefused"),
        /** Verified activations issued during the warm-up: acknowledged, their latency not measured. */
        ACTIVATIONS_IN_WARMUP("activationsInWarmup"),
        BASELINES_SENT("baselinesSent"),
        BASELINE_PUBLISH_FAILED("baselinePublishFailed");

        final String key;

        Count(String key) {
            this.key = key;
        }
    }

    static final String OFFER_REFUSAL = "offerRefused.";
    static final String ACTIVATION_REFUSAL = "activationRefused.";

    private final Map<Count, LongAdder> counts = new EnumMap<>(Count.class);
    private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
    private final LatencyHistogram latency = new LatencyHistogram();
    private final Duration warmup;
    private final AtomicReference<Instant> firstIssued = new AtomicReference<>();

    SimulationCounters() {
        this(Duration.ZERO);
    }

    /**
     * @param warmup for how long after the issuedAt of the first activation this process verifies latencies are not
     *               measured: the node's JIT compiler is still busy with the activation path then (seconds of a core on
     *               2 cores)
     */
    SimulationCounters(Duration warmup) {
        this.warmup = warmup;
        for (Count c : Count.values()) {
            counts.put(c, new LongAdder());
        }
    }

    void increment(Count count) {
        counts.get(count).increment();
    }

    void add(Count count, long n) {
        counts.get(count).add(n);
    }

    long get(Count count) {
        return counts.get(count).sum();
    }

    void offerRefused(String reason) {
        increment(Count.OFFERS_REFUSED);
        reasons.computeIfAbsent(OFFER_REFUSAL + (reason == null ? "UNKNOWN" : reason), r -> new LongAdder()).increment();
    }

    void activationRefused(String reason) {
        increment(Count.ACTIVATIONS_REFUSED);
        reasons.computeIfAbsent(ACTIVATION_REFUSAL + reason, r -> new LongAdder()).increment();
    }

    LatencyHistogram latency() {
        return latency;
    }

    /** A verified activation: its latency, unless it was issued during the warm-up. */
    void verified(Instant issuedAt, Instant receivedAt) {
        increment(Count.ACTIVATIONS_VERIFIED);
        // activations may be checked out of order: without a warm-up every one is measured, whatever came first
        Instant first = firstIssued.updateAndGet(f -> f == null ? issuedAt : f);
        if (!warmup.isZero() && issuedAt.isBefore(first.plus(warmup))) {
            increment(Count.ACTIVATIONS_IN_WARMUP);
        } else {
            latency.recordNanos(Duration.between(issuedAt, receivedAt).toNanos());
        }
    }

    SimulationReport snapshot() {
        Map<String, Long> values = new TreeMap<>();
        counts.forEach((c, adder) -> values.put(c.key, adder.sum()));
        reasons.forEach((k, adder) -> values.put(k, adder.sum()));
        LatencyHistogram copy = new LatencyHistogram();
        copy.add(latency);
        return new SimulationReport(1, values, copy);
    }
}

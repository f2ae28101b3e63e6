package org.gridflex.simulator;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * Activation latencies in microseconds, in fixed log-linear buckets: exact below 256 µs, then 128 buckets per power of
 * two, so any percentile is within 0.8 % of the true value from 0 to 38 hours. Recording is lock-free (one atomic
 * increment) because every event-loop and verification thread records into the same histogram; the fixed bucket layout
 * is what lets result files of several processes be added bucket by bucket.
 */
final class LatencyHistogram {

    private static final int SUB_BITS = 7;
    private static final int SUB = 1 << SUB_BITS;
    /** Largest value kept apart: 2^37 µs (about 38 hours); longer ones land in the last bucket. */
    static final long HIGHEST_MICROS = (1L << 37) - 1;
    static final int BUCKETS = index(HIGHEST_MICROS) + 1;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final LongAccumulator maxMicros = new LongAccumulator(Math::max, 0);

    /** Records one latency; negative ones (clock steps) count as zero rather than being lost. */
    void recordMicros(long micros) {
        long v = Math.max(0, Math.min(micros, HIGHEST_MICROS));
        counts.incrementAndGet(index(v));
        maxMicros.accumulate(v);
    }

    void recordNanos(long nanos) {
        recordMicros(nanos / 1_000);
    }

    long count() {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += counts.get(i);
        }
        return total;
    }

    long maxMicros() {
        return maxMicros.get();
    }

    /**
     * The value at or below which {@code percent} % of the recordings lie (the nearest-rank definition), as the highest
     * value of its bucket but never above the largest recording; NaN when empty.
     */
    double percentileMillis(double percent) {
        long total = count();
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(total * percent / 100.0));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(highestIn(i), maxMicros()) / 1_000.0;
            }
        }
        return maxMicros() / 1_000.0;
    }

    double maxMillis() {
        return count() == 0 ? Double.NaN : maxMicros() / 1_000.0;
    }

    /** Adds another histogram's recordings (the merge of several processes' results). */
    void add(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            long c = other.counts.get(i);
            if (c != 0) {
                counts.addAndGet(i, c);
            }
        }
        maxMicros.accumulate(other.maxMicros());
    }

    long bucketCount(int bucket) {
        return counts.get(bucket);
    }

    /** Restores a bucket read from a result file. */
    void addToBucket(int bucket, long count) {
        if (bucket < 0 || bucket >= BUCKETS) {
            throw new IllegalArgumentException("No latency bucket " + bucket);
        }
        counts.addAndGet(bucket, count);
    }

    void accumulateMaxMicros(long micros) {
        maxMicros.accumulate(micros);
    }

    static int index(long v) {
        if (v < 2 * SUB) {
            return (int) v;
        }
        int shift = 63 - Long.numberOfLeadingZeros(v) - SUB_BITS;
        return 2 * SUB + (shift - 1) * SUB + (int) ((v >> shift) - SUB);
    }

    static long highestIn(int bucket) {
        if (bucket < 2 * SUB) {
            return bucket;
        }
        int shift = (bucket - 2 * SUB) / SUB + 1;
        long sub = (bucket - 2 * SUB) % SUB + SUB;
        return ((sub + 1) << shift) - 1;
    }
}

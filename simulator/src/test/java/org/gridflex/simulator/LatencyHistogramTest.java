package org.gridflex.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void percentilesAreWithinOnePercentOfASortedReference() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 200_000;
        long[] micros = new long[n];
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = 0; i < n; i++) {
            // log-uniform from 1 µs to about 20 s, so every magnitude of buckets is exercised
            micros[i] = (long) Math.exp(random.nextDouble() * Math.log(20_000_000));
            histogram.recordMicros(micros[i]);
        }
        Arrays.sort(micros);
        assertEquals(n, histogram.count());
        for (double p : new double[] {1, 10, 50, 90, 99, 99.9, 99.99, 100}) {
            long reference = micros[(int) Math.max(0, Math.ceil(n * p / 100.0) - 1)];
            double got = histogram.percentileMillis(p) * 1_000;
            assertTrue(got >= reference && got <= reference + Math.max(1, reference / 100.0),
                    "p" + p + ": " + got + " µs against " + reference + " µs");
        }
        assertEquals(micros[n - 1] / 1_000.0, histogram.maxMillis());
    }

    @Test
    void bucketsAreContiguousAndCoverEveryValue() {
        for (int b = 0; b < LatencyHistogram.BUCKETS - 1; b++) {
            long highest = LatencyHistogram.highestIn(b);
            assertEquals(b, LatencyHistogram.index(highest));
            assertEquals(b + 1, LatencyHistogram.index(highest + 1));
        }
        assertEquals(LatencyHistogram.BUCKETS - 1, LatencyHistogram.index(LatencyHistogram.HIGHEST_MICROS));
    }

    @Test
    void anEmptyHistogramHasNoPercentilesAndNegativeLatenciesCountAsZero() {
        LatencyHistogram histogram = new LatencyHistogram();
        assertTrue(Double.isNaN(histogram.percentileMillis(50)));
        histogram.recordNanos(-5_000_000);
        assertEquals(0.0, histogram.percentileMillis(50));
        assertEquals(1, histogram.count());
    }

    @Test
    void recordingFromManyThreadsLosesNothing() throws InterruptedException {
        LatencyHistogram histogram = new LatencyHistogram();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 100_000; i++) {
                    histogram.recordMicros(1_000 + i % 500);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(400_000, histogram.count());
    }
}

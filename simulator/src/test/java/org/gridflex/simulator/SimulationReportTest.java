package org.gridflex.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.gridflex.simulator.SimulationCounters.Count;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationReportTest {

    @TempDir
    Path dir;

    private static SimulationCounters process(long seed, int devices, long[] latencies) {
        SimulationCounters counters = new SimulationCounters();
        counters.add(Count.DEVICES, devices);
        counters.add(Count.CONNECTED, devices - 1);
        counters.increment(Count.CONNECT_FAILED);
        counters.offerRefused("STALE_VERSION");
        counters.activationRefused("BAD_SIGNATURE");
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = 100 + random.nextLong(50_000);
            counters.latency().recordMicros(latencies[i]);
        }
        counters.add(Count.ACTIVATIONS_VERIFIED, latencies.length);
        return counters;
    }

    @Test
    void mergingTwoResultFilesAddsTheCountsAndTheLatencies() throws IOException {
        long[] first = new long[3_000];
        long[] second = new long[5_000];
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        process(1, 100, first).snapshot().write(a);
        process(2, 200, second).snapshot().write(b);

        SimulationReport total = SimulationReport.read(a).plus(SimulationReport.read(b));

        assertEquals(2, total.processes());
        assertEquals(300, total.count(Count.DEVICES));
        assertEquals(298, total.count(Count.CONNECTED));
        assertEquals(2, total.count(Count.CONNECT_FAILED));
        assertEquals(2, total.count(SimulationCounters.OFFER_REFUSAL + "STALE_VERSION"));
        assertEquals(2, total.count(SimulationCounters.ACTIVATION_REFUSAL + "BAD_SIGNATURE"));
        assertEquals(8_000, total.count(Count.ACTIVATIONS_VERIFIED));
        LatencyHistogram union = new LatencyHistogram();
        for (long v : first) {
            union.recordMicros(v);
        }
        for (long v : second) {
            union.recordMicros(v);
        }
        assertEquals(union.count(), total.latency().count());
        for (double p : SimulationReport.PERCENTILES) {
            assertEquals(union.percentileMillis(p), total.latency().percentileMillis(p), "p" + p);
        }
        assertEquals(union.maxMillis(), total.latency().maxMillis());

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        total.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("300 devices in 2 processes"), text);
        assertTrue(text.contains("p99.9"), text);
    }

    @Test
    void aFileThatIsNoResultIsRefused() throws IOException {
        Path other = Files.writeString(dir.resolve("other.csv"), "second,1,2,3\n");
        assertThrows(IOException.class, () -> SimulationReport.read(other));
    }
}

package org.gridflex.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.gridflex.simulator.SimulationCounters.Count;
import org.junit.jupiter.api.Test;

class SimulationCountersTest {

    private static final Instant FIRST = Instant.parse("2026-11-29T15:00:00Z");

    @Test
    void latenciesOfActivationsIssuedInTheWarmUpAreCountedButNotMeasured() {
        SimulationCounters counters = new SimulationCounters(Duration.ofSeconds(60));
        counters.verified(FIRST, FIRST.plusMillis(900));
        counters.verified(FIRST.plusSeconds(59), FIRST.plusSeconds(59).plusMillis(500));
        counters.verified(FIRST.plusSeconds(60), FIRST.plusSeconds(60).plusMillis(20));
        counters.verified(FIRST.plusSeconds(90), FIRST.plusSeconds(90).plusMillis(40));

        SimulationReport report = counters.snapshot();
        assertEquals(4, report.count(Count.ACTIVATIONS_VERIFIED.key));
        assertEquals(2, report.count(Count.ACTIVATIONS_IN_WARMUP.key));
        assertEquals(2, report.latency().count());
        assertEquals(40, report.latency().maxMillis(), 1, "the 900 ms of the warm-up are not among the measured");

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        report.print(new PrintStream(text, true, StandardCharsets.UTF_8));
        String printed = text.toString(StandardCharsets.UTF_8);
        assertEquals(true, printed.contains("(2 samples; 2 more in the warm-up, not measured)"), printed);
    }

    @Test
    void withoutAWarmUpEveryVerifiedActivationIsMeasured() {
        SimulationCounters counters = new SimulationCounters();
        counters.verified(FIRST, FIRST.plusMillis(15));
        counters.verified(FIRST.plusSeconds(1), FIRST.plusSeconds(1).plusMillis(25));
        counters.verified(FIRST.minusMillis(3), FIRST.plusMillis(30)); // issued earlier, checked later
        assertEquals(3, counters.snapshot().latency().count());
        assertEquals(0, counters.snapshot().count(Count.ACTIVATIONS_IN_WARMUP.key));
    }
}

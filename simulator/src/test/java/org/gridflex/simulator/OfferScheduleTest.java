package org.gridflex.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfferScheduleTest {

    @Test
    void offersAreForTheNextTenMinutePeriodInUtc() {
        assertEquals(Instant.parse("2026-11-23T12:10:00Z"), OfferSchedule.tradedPeriod(Instant.parse("2026-11-23T12:00:00Z")));
        assertEquals(Instant.parse("2026-11-23T12:10:00Z"), OfferSchedule.tradedPeriod(Instant.parse("2026-11-23T12:09:59.999Z")));
        assertEquals(Instant.parse("2026-11-23T12:20:00Z"), OfferSchedule.tradedPeriod(Instant.parse("2026-11-23T12:10:00Z")));
        assertEquals(Instant.parse("2026-11-24T00:00:00Z"), OfferSchedule.tradedPeriod(Instant.parse("2026-11-23T23:55:00Z")));
        assertTrue(OfferSchedule.beforeGate(Instant.parse("2026-11-23T12:09:49Z")));
        assertFalse(OfferSchedule.beforeGate(Instant.parse("2026-11-23T12:09:51Z")), "too close to the gate");
    }

    @Test
    void slotsSpreadEachPeriodsVersionsOverItsTradingWindowBeforeTheGate() {
        OfferSchedule schedule = new OfferSchedule(3, 0.5);
        Instant t = Instant.parse("2026-11-23T12:00:00Z");
        Map<Instant, List<Integer>> versions = new HashMap<>();
        List<Instant> slots = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            t = schedule.nextSlot(t);
            slots.add(t);
            Instant period = OfferSchedule.tradedPeriod(t);
            assertTrue(OfferSchedule.beforeGate(t), "slot " + t + " leaves time before the gate of " + period);
            assertEquals(0, period.getEpochSecond() % 600, "periods are aligned to 10 minutes");
            versions.computeIfAbsent(period, p -> new ArrayList<>()).add(schedule.nextVersion(period));
        }
        assertEquals(Instant.parse("2026-11-23T12:01:13.750Z"), slots.get(0), "half a slot of (600 s - 10 s) / 4 in");
        assertEquals(List.of(1, 2, 3, 4), versions.get(Instant.parse("2026-11-23T12:10:00Z")));
        assertEquals(List.of(1, 2, 3, 4), versions.get(Instant.parse("2026-11-23T12:20:00Z")));
        assertEquals(3, versions.size());
    }

    @Test
    void versionsIncreaseAndStopAtTheLimitOfEachPeriod() {
        OfferSchedule schedule = new OfferSchedule(9, 0);
        Instant period = Instant.parse("2026-11-23T12:10:00Z");
        for (int v = 1; v <= OfferSchedule.MAX_VERSIONS; v++) {
            assertEquals(v, schedule.nextVersion(period));
        }
        assertEquals(0, schedule.nextVersion(period), "an eleventh version would be refused (REVISION_LIMIT)");
        assertEquals(1, schedule.nextVersion(period.plusSeconds(600)), "a new period starts again at 1");
        assertThrows(IllegalArgumentException.class, () -> new OfferSchedule(10, 0));
    }

    @Test
    void anOfferAtConnectPlusTheSlotsNeverExceedsTheVersionsOfAPeriod() {
        OfferSchedule schedule = new OfferSchedule(1, 0.9);
        Instant period = Instant.parse("2026-11-23T12:10:00Z");
        assertEquals(1, schedule.nextVersion(period));
        assertEquals(2, schedule.nextVersion(period));
        assertEquals(0, schedule.nextVersion(period));
    }
}

package org.gridflex.activation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.gridflex.activation.model.SetpointSplit.DeviceSetpoint;
import org.gridflex.activation.model.SetpointSplit.Share;
import org.junit.jupiter.api.Test;

class SetpointSplitTest {

    private static final List<Share> BUNDLE = List.of(new Share("cheap", 3000), new Share("mid", 5000), new Share("dear", 2000));

    @Test
    void devicesAreActivatedInMeritOrderUpToTheirAllocation() {
        assertEquals(List.of(new DeviceSetpoint("cheap", 3000), new DeviceSetpoint("mid", 1500)),
                SetpointSplit.split(4500, BUNDLE));
    }

    @Test
    void aSetpointAboveTheBundleIsCappedAtItsTotal() {
        List<DeviceSetpoint> split = SetpointSplit.split(50_000, BUNDLE);
        assertEquals(10_000, split.stream().mapToLong(DeviceSetpoint::setpointW).sum());
        assertEquals(3, split.size());
    }

    @Test
    void zeroActivatesNobodyAndANegativeSetpointIsRefused() {
        assertTrue(SetpointSplit.split(0, BUNDLE).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SetpointSplit.split(-1, BUNDLE));
    }

    @Test
    void noDeviceIsEverAskedForMoreThanItsAllocationOnRandomBundles() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            List<Share> bundle = random.ints(1 + random.nextInt(20), 0, 10_000)
                    .mapToObj(w -> new Share("d" + w + "-" + random.nextInt(), w)).toList();
            long total = bundle.stream().mapToLong(Share::allocatedW).sum();
            long setpoint = random.nextInt(12_000);
            List<DeviceSetpoint> split = SetpointSplit.split(setpoint, bundle);
            assertEquals(Math.min(setpoint, total), split.stream().mapToLong(DeviceSetpoint::setpointW).sum());
            for (DeviceSetpoint d : split) {
                Share share = bundle.stream().filter(s -> s.deviceId().equals(d.deviceId())).findFirst().orElseThrow();
                assertTrue(d.setpointW() <= share.allocatedW());
            }
        }
    }

    @Test
    void theFirstAnswerCountsAndRepeatsAreOnlyCounted() {
        Instant t = Instant.parse("2026-11-23T15:00:00Z");
        DeviceActivation a = new DeviceActivation(Activation.unsigned("a", "d", 1, t, t.plusSeconds(4), 1000)
                .signedWith("k", "s"), "sp", "r", "node", null);
        assertTrue(a.answer(new Baseline("a", 1, Baseline.Status.ACK, 12_000, null, t.plusMillis(20), t.plusMillis(21)),
                t.plusMillis(30)));
        assertEquals(ActivationStatus.ACKED, a.status());
        assertEquals(20, a.deliveryLatency().toMillis());
        assertTrue(!a.answer(new Baseline("a", 1, Baseline.Status.ACK, 9, null, t, t), t.plusSeconds(10)));
        assertEquals(1, a.duplicates());
        assertEquals(12_000L, a.baselineW());
        assertTrue(!a.late());
    }

    @Test
    void anUnansweredActivationIsMarkedMissedOnceAndALateAnswerStillCounts() {
        Instant t = Instant.parse("2026-11-29T15:00:00Z");
        DeviceActivation a = new DeviceActivation(Activation.unsigned("a", "d", 1, t, t.plusSeconds(4), 1000)
                .signedWith("k", "s"), "sp", "r", "node", null);
        assertTrue(a.markMissed());
        assertEquals(ActivationStatus.MISSED, a.status());
        assertTrue(!a.markMissed(), "already reported");
        assertTrue(a.answer(new Baseline("a", 1, Baseline.Status.ACK, 500, null, t.plusSeconds(6), t.plusSeconds(6)),
                t.plusSeconds(7)));
        assertEquals(ActivationStatus.ACKED, a.status());
        assertTrue(a.late());
        assertTrue(!a.markMissed(), "an answered activation is never missed");
    }
}

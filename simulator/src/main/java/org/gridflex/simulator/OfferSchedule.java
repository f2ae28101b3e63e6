package org.gridflex.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * When one device offers, and with which version. Offers are for the traded period: the next 10-minute delivery
 * period, UTC-aligned ({@code floor(now, 10 min) + 10 min}). While a period is the traded one, the device sends
 * {@code updates + 1} versions of its offer at evenly spaced slots, shifted by the device's own phase so that a fleet
 * does not publish in one burst. The slots stop {@link #GATE_MARGIN} before the period starts, so that an offer does
 * not reach the market after the gate closed. Never more than {@link #MAX_VERSIONS} versions per period: the market
 * refuses the eleventh ({@code REVISION_LIMIT}).
 */
final class OfferSchedule {

    static final Duration PERIOD = Duration.ofMinutes(10);
    static final Duration GATE_MARGIN = Duration.ofSeconds(10);
    static final int MAX_VERSIONS = 10;

    private final int slots;
    private final double phase;
    private Instant versionedPeriod;
    private int versionsSent;

    /**
     * @param updates revisions after the first offer per period, 0..9
     * @param phase the device's offset within a slot, 0 (inclusive) to 1 (exclusive)
     */
    OfferSchedule(int updates, double phase) {
        if (updates < 0 || updates >= MAX_VERSIONS) {
            throw new IllegalArgumentException("updates must be 0.." + (MAX_VERSIONS - 1) + ", not " + updates);
        }
        if (phase < 0 || phase >= 1) {
            throw new IllegalArgumentException("phase must be in [0, 1), not " + phase);
        }
        this.slots = updates + 1;
        this.phase = phase;
    }

    /** The delivery period offers made at {@code now} are for: the start of the next 10-minute period. */
    static Instant tradedPeriod(Instant now) {
        long length = PERIOD.toSeconds();
        return Instant.ofEpochSecond((Math.floorDiv(now.getEpochSecond(), length) + 1) * length);
    }

    /** The first slot strictly after {@code after}; its offer is for {@link #tradedPeriod} of that slot. */
    Instant nextSlot(Instant after) {
        Instant period = tradedPeriod(after);
        for (int round = 0; round < 2; round++) {
            Instant windowStart = period.minus(PERIOD);
            long usableMillis = PERIOD.minus(GATE_MARGIN).toMillis();
            for (int j = 0; j < slots; j++) {
                Instant slot = windowStart.plusMillis((long) ((j + phase) * usableMillis / slots));
                if (slot.isAfter(after)) {
                    return slot;
                }
            }
            period = period.plus(PERIOD);
        }
        throw new IllegalStateException("no slot within two periods after " + after);
    }

    /**
     * The version of the next offer for {@code period}, counting from 1 in each new period, or 0 when the period has had
     * all its versions (the device then waits for the next period).
     */
    synchronized int nextVersion(Instant period) {
        if (!period.equals(versionedPeriod)) {
            versionedPeriod = period;
            versionsSent = 0;
        }
        if (versionsSent >= slots) {
            return 0;
        }
        return ++versionsSent;
    }

    /** True when an offer made at {@code now} would still reach its period before the gate closes. */
    static boolean beforeGate(Instant now) {
        return now.plus(GATE_MARGIN).isBefore(tradedPeriod(now));
    }
}

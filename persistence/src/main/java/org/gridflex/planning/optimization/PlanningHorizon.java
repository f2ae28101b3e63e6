package org.gridflex.planning.optimization;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The slots a plan covers: {@code slots} consecutive slots of {@code slotLength} from {@code start}. */
public record PlanningHorizon(Instant start, Duration slotLength, int slots) {

    public static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

    public PlanningHorizon {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(slotLength, "slotLength");
        if (slotLength.isNegative() || slotLength.isZero()) {
            throw new IllegalArgumentException("slot length must be positive: " + slotLength);
        }
        if (slots < 1) {
            throw new IllegalArgumentException("a horizon needs at least one slot: " + slots);
        }
    }

    /** The day-ahead horizon: the next UTC day from its midnight, 96 quarter-hours. */
    public static PlanningHorizon nextDay(Instant now) {
        Instant midnight = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        return new PlanningHorizon(midnight, QUARTER_HOUR, 96);
    }

    public Instant slotStart(int slot) {
        if (slot < 0 || slot >= slots) {
            throw new IndexOutOfBoundsException("slot " + slot + " of " + slots);
        }
        return start.plus(slotLength.multipliedBy(slot));
    }

    public Instant end() {
        return start.plus(slotLength.multipliedBy(slots));
    }

    /** Length of one slot in hours: MW x hours() = MWh. */
    public double hours() {
        return slotLength.toNanos() / 3.6e12;
    }

    /** Length of one slot in minutes: what a ramp rate in MW/min may change the power by between two slots. */
    public double minutesPerSlot() {
        return slotLength.toNanos() / 6e10;
    }
}

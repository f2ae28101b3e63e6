package org.gridflex.market.model;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A delivery period: a fixed-length slot aligned to the clock, in UTC (default ten minutes, so 12:00, 12:10, ...).
 */
public record DeliveryPeriod(Instant start, Duration length) implements Serializable {

    public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(10);

    public DeliveryPeriod {
        Objects.requireNonNull(start, "period start");
        Objects.requireNonNull(length, "period length");
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("A delivery period has a positive length");
        }
        if (start.getEpochSecond() % length.getSeconds() != 0 || start.getNano() != 0) {
            throw new IllegalArgumentException("Period start " + start + " is not aligned to " + length);
        }
    }

    /** The period that contains the instant. */
    public static DeliveryPeriod containing(Instant instant, Duration length) {
        long seconds = length.getSeconds();
        long start = Math.floorDiv(instant.getEpochSecond(), seconds) * seconds;
        return new DeliveryPeriod(Instant.ofEpochSecond(start), length);
    }

    public Instant end() {
        return start.plus(length);
    }

    public DeliveryPeriod next() {
        return new DeliveryPeriod(end(), length);
    }

    /** When trading for this period ends: its start, brought forward by the gate-closure lead. */
    public Instant gateClosure(Duration gateClosureLead) {
        return start.minus(gateClosureLead);
    }

    /** Where the period stands at an instant: open for trading, gate closed, delivering, or settled. */
    public PeriodPhase phaseAt(Instant now, Duration gateClosureLead) {
        if (now.isBefore(gateClosure(gateClosureLead))) {
            return PeriodPhase.OPEN;
        }
        if (now.isBefore(start)) {
            return PeriodPhase.GATE_CLOSED;
        }
        return now.isBefore(end()) ? PeriodPhase.DELIVERING : PeriodPhase.SETTLED;
    }

    /**
     * The market trades two periods at a time: the open one (the next whose gate has not closed) and the one after
     * it. Offers and requests for any other period are refused.
     */
    public boolean isTradedAt(Instant now, Duration gateClosureLead) {
        DeliveryPeriod open = openAt(now, length, gateClosureLead);
        return equals(open) || equals(open.next());
    }

    /** The period whose gate closes next: the one the bundler works on. */
    public static DeliveryPeriod openAt(Instant now, Duration length, Duration gateClosureLead) {
        DeliveryPeriod candidate = containing(now, length).next();
        while (!now.isBefore(candidate.gateClosure(gateClosureLead))) {
            candidate = candidate.next();
        }
        return candidate;
    }
}

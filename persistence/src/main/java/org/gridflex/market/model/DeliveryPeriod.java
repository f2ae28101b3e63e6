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

    /** Offers are taken for the open period and the one after it; anything else is a wrong period. */
    public boolean acceptsOffersAt(Instant now) {
        DeliveryPeriod current = containing(now, length);
        return equals(current) || equals(current.next());
    }
}

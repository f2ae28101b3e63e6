package org.gridflex.planning.model;

import java.time.Instant;

/** One interval of a planning schedule with its value(s); {@code second} is NaN for one-valued topics. */
public record SchedulePoint(Instant start, Instant end, double first, double second) {

    public boolean covers(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}

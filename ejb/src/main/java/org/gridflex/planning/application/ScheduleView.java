package org.gridflex.planning.application;

import java.time.Instant;
import java.util.List;
import org.gridflex.planning.model.PlanningSchedule;
import org.gridflex.planning.model.SchedulePoint;

/** A stored planning schedule as the API shows it; {@code second} is null for one-valued topics. */
public record ScheduleView(String id, String topic, String subject, String reference, List<String> assets,
        Instant periodStart, Instant periodEnd, Instant producedAt, Instant receivedAt, String firstValue,
        String secondValue, List<Point> points) {

    public record Point(Instant start, Instant end, double first, Double second) {
    }

    static ScheduleView of(PlanningSchedule s) {
        List<Point> points = s.points().stream().map(ScheduleView::point).toList();
        return new ScheduleView(s.id(), s.topic().topicName(), s.subject(), s.reference(),
                s.assets().stream().map(Object::toString).toList(), s.periodStart(), s.periodEnd(), s.producedAt(),
                s.receivedAt(), s.topic().firstValue(), s.topic().secondValue(), points);
    }

    private static Point point(SchedulePoint p) {
        return new Point(p.start(), p.end(), p.first(), Double.isNaN(p.second()) ? null : p.second());
    }
}

package org.gridflex.planning.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The latest schedule of one topic for one subject and reference, in the TSO's database, kept as one row whatever its
 * number of points (they are always read whole). A message produced later replaces it; an older one is ignored.
 */
@Entity
@Table(name = "PLANNING_SCHEDULE", uniqueConstraints = @UniqueConstraint(name = "UQ_PLANNING_SCHEDULE",
        columnNames = {"TOPIC", "SUBJECT", "REFERENCE"}))
@NamedQuery(name = PlanningSchedule.BY_IDENTITY,
        query = "SELECT s FROM PlanningSchedule s WHERE s.topic = :topic AND s.subject = :subject AND s.reference = :reference")
@NamedQuery(name = PlanningSchedule.OVERLAPPING,
        query = "SELECT s FROM PlanningSchedule s WHERE s.periodStart <= :to AND s.periodEnd >= :from ORDER BY s.producedAt")
@NamedQuery(name = PlanningSchedule.OF_SUBJECT_OVERLAPPING,
        query = "SELECT s FROM PlanningSchedule s WHERE s.subject = :subject AND s.periodStart <= :to AND s.periodEnd >= :from"
                + " ORDER BY s.topic, s.producedAt")
@NamedQuery(name = PlanningSchedule.OF_TOPIC_OVERLAPPING,
        query = "SELECT s FROM PlanningSchedule s WHERE s.topic = :topic AND s.periodStart <= :to AND s.periodEnd >= :from"
                + " ORDER BY s.producedAt")
public class PlanningSchedule {

    public static final String BY_IDENTITY = "PlanningSchedule.byIdentity";
    public static final String OVERLAPPING = "PlanningSchedule.overlapping";
    public static final String OF_SUBJECT_OVERLAPPING = "PlanningSchedule.ofSubjectOverlapping";
    public static final String OF_TOPIC_OVERLAPPING = "PlanningSchedule.ofTopicOverlapping";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "TOPIC", nullable = false, length = 64)
    private String topic;

    @Column(name = "SUBJECT", nullable = false, length = 140)
    private String subject;

    @Column(name = "REFERENCE", nullable = false, length = 128)
    private String reference;

    /** For an area schedule the assets behind the area, comma-separated asset keys; else the subject's asset. */
    @Lob
    @Column(name = "ASSETS", nullable = false)
    private String assets;

    @Column(name = "PERIOD_START", nullable = false)
    private Instant periodStart;

    @Column(name = "PERIOD_END", nullable = false)
    private Instant periodEnd;

    @Column(name = "PRODUCED_AT", nullable = false)
    private Instant producedAt;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "POINT_COUNT", nullable = false)
    private int pointCount;

    @Lob
    @Column(name = "POINTS", nullable = false)
    private String points;

    protected PlanningSchedule() {
    }

    public PlanningSchedule(PlanningDocument document, Instant producedAt, Instant receivedAt) {
        this.id = UUID.randomUUID().toString();
        this.topic = document.topic().topicName();
        this.subject = document.subject();
        this.reference = document.reference();
        replaceWith(document, producedAt, receivedAt);
    }

    /**
     * Takes a message's content if it was produced after the stored one.
     *
     * @return false when the message is older (an out-of-order delivery) and nothing changed
     */
    public boolean replaceWith(PlanningDocument document, Instant producedAt, Instant receivedAt) {
        if (this.producedAt != null && producedAt.isBefore(this.producedAt)) {
            return false;
        }
        this.assets = String.join(",", document.assets().stream().map(AssetKey::toString).toList());
        this.periodStart = document.periodStart();
        this.periodEnd = document.periodEnd();
        this.producedAt = producedAt;
        this.receivedAt = receivedAt;
        this.pointCount = document.points().size();
        this.points = document.pointsJson();
        return true;
    }

    public String id() {
        return id;
    }

    public PlanningTopic topic() {
        return PlanningTopic.named(topic).orElseThrow();
    }

    public String subject() {
        return subject;
    }

    public String reference() {
        return reference;
    }

    public List<AssetKey> assets() {
        return java.util.Arrays.stream(assets.split(",")).map(AssetKey::parse).toList();
    }

    public Instant periodStart() {
        return periodStart;
    }

    public Instant periodEnd() {
        return periodEnd;
    }

    public Instant producedAt() {
        return producedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public int pointCount() {
        return pointCount;
    }

    public List<SchedulePoint> points() {
        return PlanningDocument.pointsFromJson(points);
    }

    public String pointsJson() {
        return points;
    }
}

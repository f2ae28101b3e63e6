package org.gridflex.market.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A TSO's or DSO's request for flexibility in one delivery period. The requester revises it as the grid evolves (up
 * to a number of updates per period) or cancels it; the bundler answers every open request each round.
 */
@Entity
@Table(name = "FLEX_REQUEST", indexes = @Index(name = "FLEX_REQUEST_PERIOD_IDX", columnList = "PERIOD_START"))
@NamedQuery(name = FlexRequest.BY_PERIOD,
        query = "SELECT r FROM FlexRequest r WHERE r.periodStart = :start ORDER BY r.createdAt, r.id")
@NamedQuery(name = FlexRequest.OPEN_OF_PERIOD,
        query = "SELECT r FROM FlexRequest r WHERE r.periodStart = :start AND r.status = org.gridflex.market.model.FlexRequestStatus.OPEN ORDER BY r.createdAt, r.id")
public class FlexRequest {

    public static final String BY_PERIOD = "FlexRequest.byPeriod";
    public static final String OPEN_OF_PERIOD = "FlexRequest.openOfPeriod";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "TENANT", nullable = false, length = 32)
    private String tenant;

    /** Null for the TSO's own requests; the DSO's id when a DSO asks (it then sees only its own devices). */
    @Column(name = "REQUESTER_DSO", length = 64)
    private String requesterDso;

    @Column(name = "REQUESTED_BY", nullable = false, length = 128)
    private String requestedBy;

    @Column(name = "PERIOD_START", nullable = false)
    private Instant periodStart;

    @Column(name = "PERIOD_SECONDS", nullable = false)
    private long periodSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "DIRECTION", nullable = false, length = 8)
    private OfferDirection direction;

    @Column(name = "QUANTITY_MW", nullable = false)
    private double quantityMw;

    @Column(name = "GRID_AREA", length = 64)
    private String gridArea;

    @Column(name = "MAX_PRICE_EUR_PER_MWH", nullable = false)
    private double maxPriceEurPerMwh;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private FlexRequestStatus status;

    @Column(name = "UPDATES", nullable = false)
    private int updates;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "ROW_VERSION")
    private long rowVersion;

    protected FlexRequest() {
    }

    public FlexRequest(String tenant, String requesterDso, String requestedBy, DeliveryPeriod period,
            FlexRequestTerms terms, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.tenant = tenant;
        this.requesterDso = requesterDso;
        this.requestedBy = requestedBy;
        this.periodStart = period.start();
        this.periodSeconds = period.length().getSeconds();
        this.status = FlexRequestStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
        apply(terms);
    }

    /** New terms for the same period; refused once cancelled or after the allowed number of updates. */
    public void revise(FlexRequestTerms terms, int maxUpdates, Instant now) {
        requireOpen();
        if (updates >= maxUpdates) {
            throw new FlexRequestRefusedException("Request " + id + " was updated " + updates + " times, at most "
                    + maxUpdates + " per period");
        }
        updates++;
        updatedAt = now;
        apply(terms);
    }

    public void cancel(Instant now) {
        requireOpen();
        status = FlexRequestStatus.CANCELLED;
        updatedAt = now;
    }

    private void requireOpen() {
        if (status != FlexRequestStatus.OPEN) {
            throw new FlexRequestRefusedException("Request " + id + " is " + status);
        }
    }

    private void apply(FlexRequestTerms terms) {
        this.direction = terms.direction();
        this.quantityMw = terms.quantityMw();
        this.gridArea = terms.gridArea();
        this.maxPriceEurPerMwh = terms.maxPriceEurPerMwh();
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String requesterDso() {
        return requesterDso;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public DeliveryPeriod period() {
        return new DeliveryPeriod(periodStart, Duration.ofSeconds(periodSeconds));
    }

    public FlexRequestTerms terms() {
        return new FlexRequestTerms(direction, quantityMw, gridArea, maxPriceEurPerMwh);
    }

    public FlexRequestStatus status() {
        return status;
    }

    public int updates() {
        return updates;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

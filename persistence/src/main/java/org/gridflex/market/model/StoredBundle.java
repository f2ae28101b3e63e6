package org.gridflex.market.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The latest bundle the bundler made for one request (a request is for one period), kept in the TSO's database.
 * Each round replaces it until the period's gate closes; then it is final and no round changes it again.
 * Allocations are stored as the JSON document the API shows ({@code [{"offerId":..,"deviceId":..,"allocatedKw":..,
 * "priceEurPerMwh":..}]}): they are always read and written whole.
 */
@Entity
@Table(name = "BUNDLE")
@NamedQuery(name = StoredBundle.BY_PERIOD, query = "SELECT b FROM StoredBundle b WHERE b.periodStart = :start ORDER BY b.requestId")
@NamedQuery(name = StoredBundle.FINALISE_BEFORE,
        query = "UPDATE StoredBundle b SET b.finalBundle = TRUE WHERE b.periodStart < :start AND b.finalBundle = FALSE")
public class StoredBundle {

    public static final String BY_PERIOD = "StoredBundle.byPeriod";
    public static final String FINALISE_BEFORE = "StoredBundle.finaliseBefore";

    @Id
    @Column(name = "REQUEST_ID", length = 36)
    private String requestId;

    @Column(name = "TENANT", nullable = false, length = 32)
    private String tenant;

    /** The DSO the request was made for (null: the TSO's own), so DSOs see only their own bundles. */
    @Column(name = "REQUESTER_DSO", length = 64)
    private String requesterDso;

    @Column(name = "PERIOD_START", nullable = false)
    private Instant periodStart;

    @Column(name = "ROUND_NO", nullable = false)
    private long round;

    @Column(name = "TOTAL_KW", nullable = false)
    private double totalKw;

    @Column(name = "QUANTITY_KW", nullable = false)
    private double quantityKw;

    @Column(name = "COST_EUR", nullable = false)
    private double costEur;

    @Column(name = "COVERAGE", nullable = false)
    private double coverage;

    @Column(name = "UNDER_COVERED", nullable = false)
    private boolean underCovered;

    @Column(name = "FINAL_BUNDLE", nullable = false)
    private boolean finalBundle;

    @Lob
    @Column(name = "ALLOCATIONS", nullable = false)
    private String allocationsJson;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected StoredBundle() {
    }

    public StoredBundle(String requestId, String tenant, String requesterDso, Instant periodStart) {
        this.requestId = requestId;
        this.tenant = tenant;
        this.requesterDso = requesterDso;
        this.periodStart = periodStart;
        this.allocationsJson = "[]";
        this.updatedAt = periodStart;
    }

    /** Takes a newer round's result; a final bundle is not changed any more. */
    public boolean record(long round, double totalKw, double quantityKw, double costEur, double coverage,
            boolean underCovered, String allocationsJson, Instant now) {
        if (finalBundle || round < this.round) {
            return false;
        }
        this.round = round;
        this.totalKw = totalKw;
        this.quantityKw = quantityKw;
        this.costEur = costEur;
        this.coverage = coverage;
        this.underCovered = underCovered;
        this.allocationsJson = allocationsJson;
        this.updatedAt = now;
        return true;
    }

    /** Gate closure: this bundle is the one delivered (the bundler finalises all of a closed period's bundles). */
    public void freeze() {
        finalBundle = true;
    }

    public String requestId() {
        return requestId;
    }

    public String tenant() {
        return tenant;
    }

    public String requesterDso() {
        return requesterDso;
    }

    public Instant periodStart() {
        return periodStart;
    }

    public long round() {
        return round;
    }

    public double totalKw() {
        return totalKw;
    }

    public double quantityKw() {
        return quantityKw;
    }

    public double costEur() {
        return costEur;
    }

    public double coverage() {
        return coverage;
    }

    public boolean underCovered() {
        return underCovered;
    }

    public boolean isFinal() {
        return finalBundle;
    }

    public String allocationsJson() {
        return allocationsJson;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

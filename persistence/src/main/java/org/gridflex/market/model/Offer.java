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

/**
 * A device's flexibility offer for one delivery period. There is one offer per device and period; the device
 * revises it by sending a higher version, and an older or equal version never replaces a newer one.
 */
@Entity
@Table(name = "OFFER", indexes = @Index(name = "OFFER_PERIOD_IDX", columnList = "PERIOD_START"))
@NamedQuery(name = Offer.BY_PERIOD, query = "SELECT o FROM Offer o WHERE o.periodStart = :start ORDER BY o.priceEurPerMwh, o.receivedAt")
@NamedQuery(name = Offer.BY_IDS, query = "SELECT o FROM Offer o WHERE o.id IN :ids ORDER BY o.id")
@NamedQuery(name = Offer.BY_DEVICE, query = "SELECT o FROM Offer o WHERE o.deviceId = :device ORDER BY o.periodStart DESC")
public class Offer {

    public static final String BY_PERIOD = "Offer.byPeriod";
    public static final String BY_DEVICE = "Offer.byDevice";
    public static final String BY_IDS = "Offer.byIds";

    @Id
    @Column(name = "ID", length = 160)
    private String id;

    @Column(name = "DEVICE_ID", nullable = false, length = 128)
    private String deviceId;

    @Column(name = "TENANT", nullable = false, length = 32)
    private String tenant;

    /** Where the device sits in the grid, copied from the registry when the offer arrives (bundling needs it). */
    @Column(name = "DSO", length = 64)
    private String dso;

    @Column(name = "GRID_AREA", length = 64)
    private String gridArea;

    @Column(name = "PERIOD_START", nullable = false)
    private Instant periodStart;

    @Column(name = "PERIOD_SECONDS", nullable = false)
    private long periodSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "DIRECTION", nullable = false, length = 8)
    private OfferDirection direction;

    @Column(name = "POWER_KW", nullable = false)
    private double powerKw;

    @Column(name = "PRICE_EUR_PER_MWH", nullable = false)
    private double priceEurPerMwh;

    @Column(name = "OFFER_VERSION", nullable = false)
    private int version;

    @Column(name = "MIN_ACTIVATION_KW")
    private double minActivationKw;

    @Column(name = "PARTIAL_ALLOWED")
    private boolean partialAllowed = true;

    /** How many versions the device has sent for this period, the first one included. */
    @Column(name = "REVISIONS")
    private int revisions = 1;

    @Column(name = "WITHDRAWN")
    private boolean withdrawn;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "NODE", length = 128)
    private String node;

    /** Optimistic lock: two nodes revising the same offer at once cannot both win. */
    @Version
    @Column(name = "ROW_VERSION")
    private long rowVersion;

    protected Offer() {
    }

    public Offer(String deviceId, String tenant, DeliveryPeriod period, OfferTerms terms, Instant receivedAt,
            String node) {
        this(deviceId, tenant, null, null, period, terms, receivedAt, node);
    }

    public Offer(String deviceId, String tenant, String dso, String gridArea, DeliveryPeriod period, OfferTerms terms,
            Instant receivedAt, String node) {
        this.id = idOf(deviceId, period);
        this.deviceId = deviceId;
        this.tenant = tenant;
        this.dso = dso;
        this.gridArea = gridArea;
        this.periodStart = period.start();
        this.periodSeconds = period.length().getSeconds();
        this.receivedAt = receivedAt;
        this.node = node;
        apply(terms);
    }

    public static String idOf(String deviceId, DeliveryPeriod period) {
        return deviceId + "@" + period.start();
    }

    /**
     * Replaces the terms with a newer version from the same device (a withdrawn offer comes back this way), or
     * refuses a stale version or one revision too many.
     */
    public void supersede(OfferTerms newer, Instant receivedAt, int maxRevisions) {
        checkRevision(newer.version(), maxRevisions);
        apply(newer);
        this.withdrawn = false;
        this.receivedAt = receivedAt;
    }

    /**
     * Whether the terms are the version this offer already holds, word for word: a message delivered again after a
     * failure is answered as accepted, not refused as stale (any other repeat of a version is stale).
     */
    public boolean holds(OfferTerms terms) {
        return !withdrawn && terms.equals(terms());
    }

    /** Whether this offer was withdrawn by exactly this version: a repeated withdrawal changes nothing. */
    public boolean withdrawnBy(int withdrawalVersion) {
        return withdrawn && version == withdrawalVersion;
    }

    /** Takes the offer out of the market; a withdrawal is a revision with its own, newer version. */
    public void withdraw(int withdrawalVersion, Instant receivedAt, int maxRevisions) {
        checkRevision(withdrawalVersion, maxRevisions);
        this.version = withdrawalVersion;
        this.withdrawn = true;
        this.receivedAt = receivedAt;
    }

    private void checkRevision(int newVersion, int maxRevisions) {
        if (newVersion <= version) {
            throw new OfferRejectedException(OfferRejection.STALE_VERSION,
                    "version " + newVersion + " is not newer than " + version);
        }
        if (revisions >= maxRevisions) {
            throw new OfferRejectedException(OfferRejection.REVISION_LIMIT,
                    revisions + " versions sent, at most " + maxRevisions + " per period");
        }
        revisions++;
    }

    private void apply(OfferTerms terms) {
        this.direction = terms.direction();
        this.powerKw = terms.powerKw();
        this.priceEurPerMwh = terms.priceEurPerMwh();
        this.version = terms.version();
        this.minActivationKw = terms.minActivationKw();
        this.partialAllowed = terms.partialAllowed();
    }

    public String id() {
        return id;
    }

    public String deviceId() {
        return deviceId;
    }

    public String tenant() {
        return tenant;
    }

    public String dso() {
        return dso;
    }

    public String gridArea() {
        return gridArea;
    }

    public DeliveryPeriod period() {
        return new DeliveryPeriod(periodStart, Duration.ofSeconds(periodSeconds));
    }

    public OfferTerms terms() {
        return new OfferTerms(direction, powerKw, priceEurPerMwh, version, minActivationKw, partialAllowed);
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public int revisions() {
        return revisions;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String node() {
        return node;
    }
}

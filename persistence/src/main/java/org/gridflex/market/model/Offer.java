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
@NamedQuery(name = Offer.BY_DEVICE, query = "SELECT o FROM Offer o WHERE o.deviceId = :device ORDER BY o.periodStart DESC")
public class Offer {

    public static final String BY_PERIOD = "Offer.byPeriod";
    public static final String BY_DEVICE = "Offer.byDevice";

    @Id
    @Column(name = "ID", length = 160)
    private String id;

    @Column(name = "DEVICE_ID", nullable = false, length = 128)
    private String deviceId;

    @Column(name = "TENANT", nullable = false, length = 32)
    private String tenant;

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
        this.id = idOf(deviceId, period);
        this.deviceId = deviceId;
        this.tenant = tenant;
        this.periodStart = period.start();
        this.periodSeconds = period.length().getSeconds();
        this.receivedAt = receivedAt;
        this.node = node;
        apply(terms);
    }

    public static String idOf(String deviceId, DeliveryPeriod period) {
        return deviceId + "@" + period.start();
    }

    /** Replaces the terms with a newer version from the same device, or refuses a stale one. */
    public void supersede(OfferTerms newer, Instant receivedAt) {
        if (newer.version() <= version) {
            throw new OfferRejectedException(OfferRejection.STALE_VERSION,
                    "version " + newer.version() + " is not newer than " + version);
        }
        apply(newer);
        this.receivedAt = receivedAt;
    }

    private void apply(OfferTerms terms) {
        this.direction = terms.direction();
        this.powerKw = terms.powerKw();
        this.priceEurPerMwh = terms.priceEurPerMwh();
        this.version = terms.version();
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

    public DeliveryPeriod period() {
        return new DeliveryPeriod(periodStart, Duration.ofSeconds(periodSeconds));
    }

    public OfferTerms terms() {
        return new OfferTerms(direction, powerKw, priceEurPerMwh, version);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String node() {
        return node;
    }
}

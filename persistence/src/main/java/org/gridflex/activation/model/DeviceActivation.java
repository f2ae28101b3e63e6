package org.gridflex.activation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One activation sent to one device, in the TSO's database: what was asked, by which node and key, and what came
 * back. The first answer counts; a late one (after the validity) is recorded as late, a repeated one is only counted.
 */
@Entity
// the missed-activation sweep (every 2 s) looks for SENT activations past their validity: without the index it reads
// the whole table, and the table grows with every activation
// a setpoint's answers are read by the setpoint id (the REST poll of its requester): without an index every read
// scanned the whole table (at 10,000 devices 400,000 rows after four minutes, seconds per read)
@Table(name = "DEVICE_ACTIVATION",
        indexes = {@Index(name = "DEVICE_ACTIVATION_OPEN_IDX", columnList = "STATUS, VALID_UNTIL"),
                @Index(name = "DEVICE_ACTIVATION_SETPOINT_IDX", columnList = "SETPOINT_ID")})
@NamedQuery(name = DeviceActivation.OF_SETPOINT,
        query = "SELECT a FROM DeviceActivation a WHERE a.setpointId = :setpoint ORDER BY a.setpointW DESC, a.deviceId")
@NamedQuery(name = DeviceActivation.BY_IDS,
        query = "SELECT a FROM DeviceActivation a WHERE a.activationId IN :ids ORDER BY a.activationId")
// the sweep reads ids first and then locks only those no answer holds (ActivationRecords.markMissed): a bulk UPDATE
// locked rows in the index's order and deadlocked with batches of late answers (H2 then timed out both)
@NamedQuery(name = DeviceActivation.UNANSWERED_BEFORE,
        query = "SELECT a.activationId FROM DeviceActivation a"
                + " WHERE a.status = org.gridflex.activation.model.ActivationStatus.SENT AND a.validUntil < :before"
                + " ORDER BY a.activationId")
public class DeviceActivation {

    public static final String OF_SETPOINT = "DeviceActivation.ofSetpoint";
    public static final String UNANSWERED_BEFORE = "DeviceActivation.unansweredBefore";
    public static final String BY_IDS = "DeviceActivation.byIds";

    @Id
    @Column(name = "ACTIVATION_ID", length = 36)
    private String activationId;

    @Column(name = "SETPOINT_ID", nullable = false, length = 36)
    private String setpointId;

    @Column(name = "REQUEST_ID", nullable = false, length = 36)
    private String requestId;

    @Column(name = "DEVICE_ID", nullable = false, length = 64)
    private String deviceId;

    @Column(name = "SEQUENCE_NO", nullable = false)
    private long sequence;

    @Column(name = "SETPOINT_W", nullable = false)
    private long setpointW;

    @Column(name = "ISSUED_AT", nullable = false)
    private Instant issuedAt;

    @Column(name = "VALID_UNTIL", nullable = false)
    private Instant validUntil;

    @Column(name = "SENT_BY", nullable = false, length = 64)
    private String sentBy;

    @Column(name = "KEY_ID", nullable = false, length = 32)
    private String keyId;

    /** Where the requester wants the answers (a JMS destination address), if it asked over JMS. */
    @Column(name = "REPLY_TO", length = 200)
    private String replyTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private ActivationStatus status;

    @Column(name = "BASELINE_W")
    private Long baselineW;

    @Column(name = "REASON", length = 100)
    private String reason;

    @Column(name = "DEVICE_RECEIVED_AT")
    private Instant deviceReceivedAt;

    @Column(name = "ANSWERED_AT")
    private Instant answeredAt;

    @Column(name = "LATE", nullable = false)
    private boolean late;

    @Column(name = "DUPLICATES", nullable = false)
    private int duplicates;

    /** At the issuing installation: the federation peer the activation was forwarded to (its device is there). */
    @Column(name = "FORWARDED_TO", length = 64)
    private String forwardedTo;

    /** At the delivering installation: the federation peer that issued the activation and wants the answer back. */
    @Column(name = "ISSUED_BY", length = 64)
    private String issuedBy;

    protected DeviceActivation() {
    }

    public DeviceActivation(Activation sent, String setpointId, String requestId, String sentBy, String replyTo) {
        this.activationId = sent.activationId();
        this.setpointId = setpointId;
        this.requestId = requestId;
        this.deviceId = sent.deviceId();
        this.sequence = sent.sequence();
        this.setpointW = sent.setpointW();
        this.issuedAt = sent.issuedAt();
        this.validUntil = sent.validUntil();
        this.sentBy = sentBy;
        this.keyId = sent.keyId();
        this.replyTo = replyTo;
        this.status = ActivationStatus.SENT;
    }

    /** Marks an activation for a device connected to a peer installation; only that peer may answer it. */
    public DeviceActivation markForwardedTo(String peer) {
        this.forwardedTo = peer;
        return this;
    }

    /** Marks an activation this installation delivers for a peer; the device's answer goes back there. */
    public DeviceActivation markIssuedBy(String peer) {
        this.issuedBy = peer;
        return this;
    }

    /**
     * Records the device's answer.
     *
     * @return false when the activation had been answered before (the repeat is only counted)
     */
    public boolean answer(Baseline baseline, Instant arrivedAt) {
        if (answeredAt != null) {
            duplicates++;
            return false;
        }
        status = baseline.status() == Baseline.Status.ACK ? ActivationStatus.ACKED : ActivationStatus.REFUSED;
        baselineW = baseline.status() == Baseline.Status.ACK ? baseline.baselineW() : null;
        reason = baseline.reason();
        deviceReceivedAt = baseline.receivedAt();
        answeredAt = arrivedAt;
        late = arrivedAt.isAfter(validUntil);
        return true;
    }

    /**
     * Reports an activation no device answered within its validity; an answer arriving later still counts (as late).
     *
     * @return whether it was waiting for its answer until now
     */
    public boolean markMissed() {
        if (status != ActivationStatus.SENT || answeredAt != null) {
            return false;
        }
        status = ActivationStatus.MISSED;
        return true;
    }

    /** From the node issuing the activation to the device receiving it (the device's clock), if the device said. */
    public Duration deliveryLatency() {
        return deviceReceivedAt == null ? null : Duration.between(issuedAt, deviceReceivedAt);
    }

    /** From issuing the activation to its answer arriving here. */
    public Duration roundTrip() {
        return answeredAt == null ? null : Duration.between(issuedAt, answeredAt);
    }

    public String activationId() {
        return activationId;
    }

    public String setpointId() {
        return setpointId;
    }

    public String requestId() {
        return requestId;
    }

    public String deviceId() {
        return deviceId;
    }

    public long sequence() {
        return sequence;
    }

    public long setpointW() {
        return setpointW;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String sentBy() {
        return sentBy;
    }

    public String keyId() {
        return keyId;
    }

    public String replyTo() {
        return replyTo;
    }

    public ActivationStatus status() {
        return status;
    }

    public Long baselineW() {
        return baselineW;
    }

    public String reason() {
        return reason;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public boolean late() {
        return late;
    }

    public int duplicates() {
        return duplicates;
    }

    public String forwardedTo() {
        return forwardedTo;
    }

    public String issuedBy() {
        return issuedBy;
    }
}

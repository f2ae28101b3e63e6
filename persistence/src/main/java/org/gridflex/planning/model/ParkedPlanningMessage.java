package org.gridflex.planning.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A planning message for an asset no TSO has (yet): kept in the shared database for inspection and released to its
 * TSO when the asset is registered, rather than dropped.
 */
@Entity
@Table(name = "PARKED_PLANNING_MESSAGE")
@NamedQuery(name = ParkedPlanningMessage.ALL, query = "SELECT m FROM ParkedPlanningMessage m ORDER BY m.parkedAt")
@NamedQuery(name = ParkedPlanningMessage.OF_ASSET,
        query = "SELECT m FROM ParkedPlanningMessage m WHERE m.assetKey = :asset ORDER BY m.parkedAt")
@NamedQuery(name = ParkedPlanningMessage.COUNT, query = "SELECT COUNT(m) FROM ParkedPlanningMessage m")
public class ParkedPlanningMessage {

    public static final String ALL = "ParkedPlanningMessage.all";
    public static final String OF_ASSET = "ParkedPlanningMessage.ofAsset";
    public static final String COUNT = "ParkedPlanningMessage.count";

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "TOPIC", nullable = false, length = 64)
    private String topic;

    @Column(name = "ASSET_KEY", nullable = false, length = 130)
    private String assetKey;

    @Lob
    @Column(name = "MESSAGE_KEY")
    private String messageKey;

    @Lob
    @Column(name = "BODY", nullable = false)
    private String body;

    @Column(name = "PRODUCED_AT", nullable = false)
    private Instant producedAt;

    @Column(name = "PARKED_AT", nullable = false)
    private Instant parkedAt;

    @Column(name = "REASON", nullable = false, length = 300)
    private String reason;

    protected ParkedPlanningMessage() {
    }

    public ParkedPlanningMessage(String topic, AssetKey asset, String messageKey, String body, Instant producedAt,
            Instant parkedAt, String reason) {
        this.id = UUID.randomUUID().toString();
        this.topic = topic;
        this.assetKey = asset.toString();
        this.messageKey = messageKey;
        this.body = body;
        this.producedAt = producedAt;
        this.parkedAt = parkedAt;
        this.reason = reason.length() > 300 ? reason.substring(0, 300) : reason;
    }

    public String id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public AssetKey asset() {
        return AssetKey.parse(assetKey);
    }

    public String messageKey() {
        return messageKey;
    }

    public String body() {
        return body;
    }

    public Instant producedAt() {
        return producedAt;
    }

    public Instant parkedAt() {
        return parkedAt;
    }

    public String reason() {
        return reason;
    }
}

package org.gridflex.device.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.gridflex.market.model.OfferDirection;

/**
 * A registered flexible device. It lives in the shared registry so that an MQTT message, which names only the
 * device, can be routed to its TSO's database.
 */
@Entity
@Table(name = "DEVICE")
@NamedQuery(name = Device.BY_IDS, query = "SELECT d FROM Device d WHERE d.deviceId IN :ids")
@NamedQuery(name = Device.BY_TENANT, query = "SELECT d FROM Device d WHERE d.tenant = :tenant ORDER BY d.deviceId")
public class Device {

    public static final String BY_TENANT = "Device.byTenant";
    public static final String BY_IDS = "Device.byIds";

    /** Device ids become MQTT topic levels and broker user names: keep them to safe characters. */
    public static final Pattern ID_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    @Id
    @Column(name = "DEVICE_ID", length = 64)
    private String deviceId;

    @Column(name = "OWNER", nullable = false, length = 128)
    private String owner;

    @Column(name = "TENANT", nullable = false, length = 32)
    private String tenant;

    @Column(name = "DSO", length = 64)
    private String dso;

    @Column(name = "GRID_AREA", length = 64)
    private String gridArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private DeviceKind kind;

    @Column(name = "MAX_UP_KW", nullable = false)
    private double maxUpKw;

    @Column(name = "MAX_DOWN_KW", nullable = false)
    private double maxDownKw;

    @Column(name = "REGISTERED_AT", nullable = false)
    private Instant registeredAt;

    protected Device() {
    }

    public Device(String deviceId, String owner, String tenant, String dso, String gridArea, DeviceKind kind,
            double maxUpKw, double maxDownKw, Instant registeredAt) {
        if (deviceId == null || !ID_FORMAT.matcher(deviceId).matches()) {
            throw new IllegalArgumentException("Device id must match " + ID_FORMAT.pattern());
        }
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("A device has an owner");
        }
        if (!(maxUpKw >= 0) || !(maxDownKw >= 0)) {
            throw new IllegalArgumentException("Device limits are non-negative kW");
        }
        this.deviceId = deviceId;
        this.owner = owner;
        this.tenant = tenant;
        this.dso = dso;
        this.gridArea = gridArea;
        this.kind = kind;
        this.maxUpKw = maxUpKw;
        this.maxDownKw = maxDownKw;
        this.registeredAt = registeredAt;
    }

    /** New details from the device administrator; the TSO a device belongs to does not change. */
    public void update(String owner, String dso, String gridArea, DeviceKind kind, double maxUpKw, double maxDownKw) {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("A device has an owner");
        }
        if (!(maxUpKw >= 0) || !(maxDownKw >= 0)) {
            throw new IllegalArgumentException("Device limits are non-negative kW");
        }
        this.owner = owner;
        this.dso = dso;
        this.gridArea = gridArea;
        this.kind = kind == null ? this.kind : kind;
        this.maxUpKw = maxUpKw;
        this.maxDownKw = maxDownKw;
    }

    /** The most this device may offer in a direction. */
    public double limitKw(OfferDirection direction) {
        return direction == OfferDirection.UP ? maxUpKw : maxDownKw;
    }

    public String deviceId() {
        return deviceId;
    }

    public String owner() {
        return owner;
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

    public DeviceKind kind() {
        return kind;
    }

    public double maxUpKw() {
        return maxUpKw;
    }

    public double maxDownKw() {
        return maxDownKw;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}

package org.gridflex.device.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridflex.device.model.Device;
import org.gridflex.device.model.DeviceCredential;
import org.gridflex.device.model.DeviceKind;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/**
 * Registers devices and their broker credentials in the shared registry. The broker authenticates devices against
 * the credential table directly, so a registered device can connect at once and a removed one no longer can.
 */
@Stateless
public class DeviceRegistry {

    @Inject
    TenantEntityManagers databases;

    @Inject
    TenantRegistry tenants;

    @Inject
    Event<DeviceChanged> changes;

    public Device register(DeviceRegistration registration) {
        TenantId tenant = tenants.require(registration.tenant());
        EntityManager em = databases.shared();
        if (em.find(Device.class, registration.deviceId()) != null) {
            throw new DeviceAlreadyRegisteredException(registration.deviceId());
        }
        Device device;
        DeviceCredential credential;
        try {
            device = new Device(registration.deviceId(), registration.owner(), tenant.value(), registration.dso(),
                    registration.gridArea(), registration.kind() == null ? DeviceKind.OTHER : registration.kind(),
                    registration.maxUpKw(), registration.maxDownKw(), Clock.systemUTC().instant());
            credential = DeviceCredential.issue(device.deviceId(), registration.password());
        } catch (IllegalArgumentException e) {
            throw new InvalidDeviceRegistrationException(e.getMessage());
        }
        em.persist(device);
        em.persist(credential);
        return device;
    }

    /**
     * Looks a device up in its own short transaction: a message's transaction then touches only its TSO's database
     * (one local resource next to the JMS session), never the shared registry as well.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Device> find(String deviceId) {
        if (deviceId == null || !Device.ID_FORMAT.matcher(deviceId).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(databases.shared().find(Device.class, deviceId));
    }

    /** The profiles of those of the devices that are registered, in one query and a short transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<DeviceProfile> profiles(Collection<String> deviceIds) {
        List<String> wellFormed = deviceIds.stream().filter(id -> id != null && Device.ID_FORMAT.matcher(id).matches())
                .distinct().toList();
        if (wellFormed.isEmpty()) {
            return List.of();
        }
        return databases.shared().createNamedQuery(Device.BY_IDS, Device.class).setParameter("ids", wellFormed)
                .getResultList().stream().map(DeviceProfile::of).toList();
    }

    public List<Device> ofTenant(TenantId tenant) {
        return databases.shared().createNamedQuery(Device.BY_TENANT, Device.class)
                .setParameter("tenant", tenant.value())
                .getResultList();
    }

    /**
     * Changes a device's details and, when the registration carries one, its MQTT password. A device stays with its
     * TSO: re-register it to move it.
     */
    public Optional<Device> update(String deviceId, DeviceRegistration registration) {
        EntityManager em = databases.shared();
        Device device = em.find(Device.class, deviceId);
        if (device == null) {
            return Optional.empty();
        }
        changes.fire(new DeviceChanged(deviceId));
        if (registration.tenant() != null && !tenants.require(registration.tenant()).value().equals(device.tenant())) {
            throw new InvalidDeviceRegistrationException("A device cannot move to another TSO; remove and register it");
        }
        try {
            device.update(registration.owner(), registration.dso(), registration.gridArea(), registration.kind(),
                    registration.maxUpKw(), registration.maxDownKw());
            if (registration.password() != null) {
                DeviceCredential old = em.find(DeviceCredential.class, deviceId);
                DeviceCredential renewed = DeviceCredential.issue(deviceId, registration.password());
                if (old != null) {
                    em.remove(old);
                    em.flush();
                }
                em.persist(renewed);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidDeviceRegistrationException(e.getMessage());
        }
        return Optional.of(device);
    }

    /** Removes the device and its credential; its stored offers stay in its TSO's database for the record. */
    public boolean remove(String deviceId) {
        EntityManager em = databases.shared();
        Device device = em.find(Device.class, deviceId);
        if (device == null) {
            return false;
        }
        changes.fire(new DeviceChanged(deviceId));
        DeviceCredential credential = em.find(DeviceCredential.class, deviceId);
        if (credential != null) {
            em.remove(credential);
        }
        em.remove(device);
        return true;
    }
}

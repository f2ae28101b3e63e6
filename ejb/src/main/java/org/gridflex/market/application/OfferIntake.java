package org.gridflex.market.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.logging.Logger;
import org.gridflex.device.application.DeviceRegistry;
import org.gridflex.device.model.Device;
import org.gridflex.market.messaging.OfferMessage;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.market.model.Offer;
import org.gridflex.market.model.OfferRejectedException;
import org.gridflex.market.model.OfferRejection;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * Takes a device's offer message into the market: checks it against the device registry and the market rules,
 * stores it in the database of the device's TSO and announces it. A refused offer is logged with its reason,
 * counted, and leaves nothing behind; the message itself is consumed (a refusal is an answer, not a failure).
 */
@Stateless
public class OfferIntake {

    private static final Logger LOG = Logger.getLogger(OfferIntake.class.getName());

    @Inject
    DeviceRegistry devices;

    @Inject
    TenantEntityManagers databases;

    @Inject
    MarketSettings settings;

    @Inject
    OfferRejections rejections;

    @Inject
    Event<OfferAccepted> accepted;

    public OfferReceipt receive(String deviceId, byte[] payload) {
        try {
            OfferView offer = store(deviceId, OfferMessage.parse(payload));
            accepted.fire(new OfferAccepted(offer));
            return OfferReceipt.accepted(offer);
        } catch (OfferRejectedException e) {
            rejections.count(e.reason());
            LOG.warning(() -> "Refused offer from device " + deviceId + ": " + e.getMessage());
            return OfferReceipt.rejected(deviceId, e.reason(), e.getMessage());
        }
    }

    private OfferView store(String deviceId, OfferMessage message) {
        Device device = devices.find(deviceId)
                .orElseThrow(() -> new OfferRejectedException(OfferRejection.UNKNOWN_DEVICE, deviceId));
        if (!device.tenant().equals(message.tenant())) {
            throw new OfferRejectedException(OfferRejection.WRONG_TENANT,
                    "offer names " + message.tenant() + ", device belongs to " + device.tenant());
        }
        Instant now = settings.clock().instant();
        DeliveryPeriod period = periodOf(message, now);
        double limit = device.limitKw(message.terms().direction());
        if (message.terms().powerKw() > limit) {
            throw new OfferRejectedException(OfferRejection.OVER_DEVICE_LIMIT,
                    message.terms().powerKw() + " kW " + message.terms().direction() + " > " + limit + " kW");
        }
        EntityManager em = databases.forTenant(new TenantId(device.tenant()));
        // Revisions of one offer are serialised by a row lock; two first versions racing to insert collide on the
        // primary key, and the loser is redelivered and then treated as a revision.
        Offer offer = em.find(Offer.class, Offer.idOf(deviceId, period), LockModeType.PESSIMISTIC_WRITE);
        if (offer == null) {
            offer = new Offer(deviceId, device.tenant(), period, message.terms(), now, settings.nodeName());
            em.persist(offer);
        } else {
            offer.supersede(message.terms(), now);
        }
        return OfferView.of(offer);
    }

    private DeliveryPeriod periodOf(OfferMessage message, Instant now) {
        DeliveryPeriod period;
        try {
            period = new DeliveryPeriod(message.periodStart(), settings.periodLength());
        } catch (IllegalArgumentException e) {
            throw new OfferRejectedException(OfferRejection.WRONG_PERIOD, e.getMessage());
        }
        if (!period.acceptsOffersAt(now)) {
            throw new OfferRejectedException(OfferRejection.WRONG_PERIOD,
                    "period " + period.start() + " is neither the open nor the next one");
        }
        return period;
    }
}

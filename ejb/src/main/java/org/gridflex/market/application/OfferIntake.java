package org.gridflex.market.application;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.gridflex.device.application.DeviceRegistry;
import org.gridflex.device.model.Device;
import org.gridflex.market.messaging.OfferMessage;
import org.gridflex.market.messaging.WithdrawalMessage;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.market.model.Offer;
import org.gridflex.market.model.OfferRejectedException;
import org.gridflex.market.model.OfferRejection;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * Takes a device's offer messages into the market: checks them against the device registry and the market rules,
 * stores them in the database of the device's TSO and announces them. A refused message is logged with its reason,
 * counted, and leaves nothing behind; it is consumed all the same (a refusal is an answer, not a failure). Every
 * message is acknowledged to the device on its acks topic, inside the same transaction.
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

    @Inject
    Event<OfferWithdrawn> withdrawn;

    @Inject
    DeviceAcknowledgements acknowledgements;

    /** An offer or a revision of it; the device gets an acknowledgement either way. */
    public OfferReceipt receive(String deviceId, byte[] payload) {
        return answer(deviceId, "offer", () -> {
            OfferView offer = store(deviceId, OfferMessage.parse(payload));
            accepted.fire(new OfferAccepted(offer));
            return offer;
        });
    }

    /** A withdrawal of the device's offer for a period; acknowledged like an offer. */
    public OfferReceipt withdraw(String deviceId, byte[] payload) {
        return answer(deviceId, "withdrawal", () -> {
            OfferView offer = remove(deviceId, WithdrawalMessage.parse(payload));
            withdrawn.fire(new OfferWithdrawn(offer));
            return offer;
        });
    }

    /** Applies a device message and acknowledges the outcome to the device, accepted or refused. */
    private OfferReceipt answer(String deviceId, String what, Supplier<OfferView> decision) {
        OfferReceipt receipt;
        try {
            receipt = OfferReceipt.accepted(decision.get());
        } catch (OfferRejectedException e) {
            receipt = refused(deviceId, what, e);
        }
        acknowledgements.send(receipt);
        return receipt;
    }

    private OfferReceipt refused(String deviceId, String what, OfferRejectedException e) {
        rejections.count(e.reason());
        LOG.warning(() -> "Refused " + what + " from device " + deviceId + ": " + e.getMessage());
        return OfferReceipt.rejected(deviceId, e.reason(), e.getMessage());
    }

    private OfferView remove(String deviceId, WithdrawalMessage message) {
        Device device = deviceOf(deviceId, message.tenant());
        Instant now = settings.clock().instant();
        DeliveryPeriod period = periodOf(message.periodStart(), now);
        EntityManager em = databases.forTenant(new TenantId(device.tenant()));
        Offer offer = em.find(Offer.class, Offer.idOf(deviceId, period), LockModeType.PESSIMISTIC_WRITE);
        if (offer == null) {
            throw new OfferRejectedException(OfferRejection.NO_SUCH_OFFER, deviceId + " for " + period.start());
        }
        offer.withdraw(message.version(), now, settings.maxOfferVersions());
        return OfferView.of(offer);
    }

    private Device deviceOf(String deviceId, String tenant) {
        Device device = devices.find(deviceId)
                .orElseThrow(() -> new OfferRejectedException(OfferRejection.UNKNOWN_DEVICE, deviceId));
        if (!device.tenant().equals(tenant)) {
            throw new OfferRejectedException(OfferRejection.WRONG_TENANT,
                    "message names " + tenant + ", device belongs to " + device.tenant());
        }
        return device;
    }

    private OfferView store(String deviceId, OfferMessage message) {
        Device device = deviceOf(deviceId, message.tenant());
        Instant now = settings.clock().instant();
        DeliveryPeriod period = periodOf(message.periodStart(), now);
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
            offer = new Offer(deviceId, device.tenant(), device.dso(), device.gridArea(), period, message.terms(), now,
                    settings.nodeName());
            em.persist(offer);
        } else {
            offer.supersede(message.terms(), now, settings.maxOfferVersions());
        }
        return OfferView.of(offer);
    }

    private DeliveryPeriod periodOf(Instant periodStart, Instant now) {
        DeliveryPeriod period;
        try {
            period = new DeliveryPeriod(periodStart, settings.periodLength());
        } catch (IllegalArgumentException e) {
            throw new OfferRejectedException(OfferRejection.WRONG_PERIOD, e.getMessage());
        }
        if (!period.isTradedAt(now, settings.gateClosureLead())) {
            throw new OfferRejectedException(OfferRejection.WRONG_PERIOD,
                    "period " + period.start() + " is neither the open nor the next one");
        }
        return period;
    }
}

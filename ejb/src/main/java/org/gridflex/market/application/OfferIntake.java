package org.gridflex.market.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.gridflex.device.application.DeviceDirectory;
import org.gridflex.device.application.DeviceProfile;
import org.gridflex.market.messaging.OfferMessage;
import org.gridflex.market.messaging.WithdrawalMessage;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.market.model.OfferRejectedException;
import org.gridflex.market.model.OfferRejection;
import org.gridflex.market.model.OfferTerms;
import org.gridflex.tenancy.TenantId;

/**
 * Takes a batch of device messages (offers and withdrawals) into the market: checks each against the device's
 * registered profile and the market rules, stores the batch in the databases of the devices' TSOs (one transaction
 * per TSO, {@link OfferLedger}) and, once stored, announces the changes ({@link OffersChanged}). Every message gets a
 * receipt, in the batch's order: accepted with the stored offer, or refused with the reason; a refused message leaves
 * nothing behind and is logged and counted. A failure other than a refusal (a database down) propagates: the caller
 * takes the batch again, and changes a TSO's database already holds are then recognised as repeats.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfferIntake {

    private static final Logger LOG = Logger.getLogger(OfferIntake.class.getName());

    @Inject
    DeviceDirectory devices;

    @Inject
    OfferLedger ledger;

    @Inject
    MarketSettings settings;

    @Inject
    OfferRejections rejections;

    @Inject
    Event<OffersChanged> changed;

    public List<OfferReceipt> take(List<DeviceOfferMessage> messages) {
        OfferReceipt[] receipts = new OfferReceipt[messages.size()];
        Instant now = settings.clock().instant();
        Map<String, DeviceProfile> profiles = devices.profilesOf(messages.stream().map(DeviceOfferMessage::deviceId)
                .distinct().toList());
        Map<TenantId, List<OfferChange>> byTenant = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (int i = 0; i < messages.size(); i++) {
            DeviceOfferMessage message = messages.get(i);
            try {
                OfferChange change = check(i, message, profiles.get(message.deviceId()), now);
                byTenant.computeIfAbsent(new TenantId(change.device().tenant()), t -> new ArrayList<>()).add(change);
            } catch (OfferRejectedException e) {
                receipts[i] = refused(message, e);
            }
        }
        Map<String, OfferView> inMarket = new LinkedHashMap<>();
        Map<String, OfferView> withdrawn = new LinkedHashMap<>();
        for (Map.Entry<TenantId, List<OfferChange>> tenant : byTenant.entrySet()) {
            for (OfferLedger.Outcome outcome : ledger.apply(tenant.getKey(), tenant.getValue(), now,
                    settings.nodeName(), settings.maxOfferVersions())) {
                DeviceOfferMessage message = messages.get(outcome.position());
                if (outcome.refusal() != null) {
                    receipts[outcome.position()] = refused(message, outcome.refusal());
                    continue;
                }
                OfferView offer = outcome.offer();
                // the latest state of each offer wins; an offer withdrawn and offered again in one batch is in the market
                (outcome.withdrawn() ? withdrawn : inMarket).put(offer.id(), offer);
                (outcome.withdrawn() ? inMarket : withdrawn).remove(offer.id());
                receipts[outcome.position()] = OfferReceipt.accepted(offer);
            }
        }
        if (!inMarket.isEmpty() || !withdrawn.isEmpty()) {
            changed.fire(new OffersChanged(inMarket.values(), withdrawn.values()));
        }
        return Arrays.asList(receipts);
    }

    private OfferChange check(int position, DeviceOfferMessage message, DeviceProfile device, Instant now) {
        if (message.withdrawal()) {
            WithdrawalMessage withdrawal = WithdrawalMessage.parse(message.payload());
            checkDevice(message.deviceId(), device, withdrawal.tenant());
            return new OfferChange(position, device, periodOf(withdrawal.periodStart(), now), null,
                    withdrawal.version());
        }
        OfferMessage offer = OfferMessage.parse(message.payload());
        checkDevice(message.deviceId(), device, offer.tenant());
        OfferTerms terms = offer.terms();
        double limit = device.limitKw(terms.direction());
        if (terms.powerKw() > limit) {
            throw new OfferRejectedException(OfferRejection.OVER_DEVICE_LIMIT,
                    terms.powerKw() + " kW " + terms.direction() + " > " + limit + " kW");
        }
        return new OfferChange(position, device, periodOf(offer.periodStart(), now), terms, 0);
    }

    private static void checkDevice(String deviceId, DeviceProfile device, String tenant) {
        if (device == null) {
            throw new OfferRejectedException(OfferRejection.UNKNOWN_DEVICE, deviceId);
        }
        if (!device.tenant().equals(tenant)) {
            throw new OfferRejectedException(OfferRejection.WRONG_TENANT,
                    "message names " + tenant + ", device belongs to " + device.tenant());
        }
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

    private OfferReceipt refused(DeviceOfferMessage message, OfferRejectedException e) {
        rejections.count(e.reason());
        String what = message.withdrawal() ? "withdrawal" : "offer";
        LOG.warning(() -> "Refused " + what + " from device " + message.deviceId() + ": " + e.getMessage());
        return OfferReceipt.rejected(message.deviceId(), e.reason(), e.getMessage());
    }
}

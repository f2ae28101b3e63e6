package org.gridflex.market.application;

import org.gridflex.device.application.DeviceProfile;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.market.model.Offer;
import org.gridflex.market.model.OfferTerms;

/**
 * A device message that passed every check that needs no stored offer: an offer's terms, or a withdrawal (terms null)
 * by its version. {@code position} is the message's place in its batch.
 */
record OfferChange(int position, DeviceProfile device, DeliveryPeriod period, OfferTerms terms, int withdrawalVersion) {

    String offerId() {
        return Offer.idOf(device.deviceId(), period);
    }

    boolean isWithdrawal() {
        return terms == null;
    }
}

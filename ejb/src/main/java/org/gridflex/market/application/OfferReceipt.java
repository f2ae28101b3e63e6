package org.gridflex.market.application;

import org.gridflex.market.model.OfferRejection;

/** The intake's answer for one device message: the stored offer, or why nothing was stored. */
public record OfferReceipt(String deviceId, OfferView offer, OfferRejection rejection, String detail) {

    public static OfferReceipt accepted(OfferView offer) {
        return new OfferReceipt(offer.deviceId(), offer, null, null);
    }

    public static OfferReceipt rejected(String deviceId, OfferRejection reason, String detail) {
        return new OfferReceipt(deviceId, null, reason, detail);
    }

    public boolean isAccepted() {
        return rejection == null;
    }
}

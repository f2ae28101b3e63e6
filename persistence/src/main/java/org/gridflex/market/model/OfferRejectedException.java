package org.gridflex.market.model;

/** An offer that breaks a market rule; nothing of it is stored. */
public class OfferRejectedException extends RuntimeException {

    private final OfferRejection reason;

    public OfferRejectedException(OfferRejection reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public OfferRejection reason() {
        return reason;
    }
}

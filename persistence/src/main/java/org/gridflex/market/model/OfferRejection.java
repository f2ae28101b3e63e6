package org.gridflex.market.model;

/** Why a device's offer was refused. The code goes back to the device and into the rejection counters. */
public enum OfferRejection {
    MALFORMED("the payload is not a valid offer document"),
    INVALID_POWER("power must be a positive number of kW"),
    INVALID_PRICE("price must be a finite number of EUR/MWh"),
    UNKNOWN_DEVICE("the device is not registered"),
    FOREIGN_TOPIC("a device may only publish on its own topics"),
    WRONG_TENANT("the offer names a TSO other than the device's"),
    WRONG_PERIOD("the delivery period is not open for offers"),
    OVER_DEVICE_LIMIT("the power exceeds the device's registered limit"),
    STALE_VERSION("a newer version of this offer is already in the book"),
    REVISION_LIMIT("the offer was revised as often as a period allows"),
    NO_SUCH_OFFER("there is no offer of this device for the period to withdraw");

    private final String meaning;

    OfferRejection(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}

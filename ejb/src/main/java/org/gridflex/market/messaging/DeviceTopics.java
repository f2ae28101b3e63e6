package org.gridflex.market.messaging;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The device API's MQTT topic names. MQTT topic {@code gridflex/devices/bat-1/offers} is the broker address
 * {@code gridflex.devices.bat-1.offers}; the device id is always the third level.
 */
public final class DeviceTopics {

    public static final String OFFERS_MQTT_TEMPLATE = "gridflex/devices/%s/offers";
    private static final Pattern OFFER_ADDRESS = Pattern.compile("gridflex[./]devices[./]([^./]+)[./]offers");

    private DeviceTopics() {
    }

    public static String offersTopic(String deviceId) {
        return String.format(OFFERS_MQTT_TEMPLATE, deviceId);
    }

    /** The device id of an offer address (either MQTT or broker notation), if it is one. */
    public static Optional<String> deviceOfOfferAddress(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = OFFER_ADDRESS.matcher(address);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}

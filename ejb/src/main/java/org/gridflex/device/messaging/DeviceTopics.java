package org.gridflex.device.messaging;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The device API's MQTT topic names. MQTT topic {@code gridflex/devices/bat-1/offers} is the broker address
 * {@code gridflex.devices.bat-1.offers}; the device id is always the third level.
 */
public final class DeviceTopics {

    public static final String OFFERS_MQTT_TEMPLATE = "gridflex/devices/%s/offers";
    /** Where GridFlex answers each offer or withdrawal: accepted, or refused with the reason. */
    public static final String ACKS_ADDRESS_TEMPLATE = "gridflex.devices.%s.acks";
    /** Where a device receives its signed activations. */
    public static final String ACTIVATIONS_ADDRESS_TEMPLATE = "gridflex.devices.%s.activations";
    private static final Pattern DEVICE_ADDRESS = Pattern.compile("gridflex[./]devices[./]([^./]+)[./]([a-z]+)");

    /** What a device sent, by the last level of its topic. */
    public enum Kind {
        OFFER,
        WITHDRAWAL,
        /** The device's answer to an activation. */
        BASELINE
    }

    private DeviceTopics() {
    }

    /** The MQTT topic on which the device publishes its offers. */
    public static String offersTopic(String deviceId) {
        return String.format(OFFERS_MQTT_TEMPLATE, deviceId);
    }

    public static String acksAddress(String deviceId) {
        return String.format(ACKS_ADDRESS_TEMPLATE, deviceId);
    }

    public static String activationsAddress(String deviceId) {
        return String.format(ACTIVATIONS_ADDRESS_TEMPLATE, deviceId);
    }

    /**
     * A JMS topic for a device's broker address, exactly as named. {@code Session.createTopic} on WildFly's resource
     * adapter would put the legacy {@code jms.topic.} prefix in front, and the device, subscribed over MQTT to
     * {@code gridflex/devices/<id>/...}, would never see the message.
     */
    public static jakarta.jms.Topic topic(String address) {
        var topic = org.apache.activemq.artemis.jms.client.ActiveMQDestination.createTopic(address);
        // Marked as existing: the JMS client would otherwise ask the broker about every new device address before
        // sending, and the broker answers by scanning all addresses (10 % of the server's CPU with 2,000 devices).
        // Device addresses are auto-created (address-setting gridflex.devices.#).
        topic.setCreated(true);
        return topic;
    }

    /** The kind of device message an address carries (offers, withdrawals, baselines), if it is a device address. */
    public static Optional<Kind> kindOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = DEVICE_ADDRESS.matcher(address);
        if (!m.matches()) {
            return Optional.empty();
        }
        return switch (m.group(2)) {
            case "offers" -> Optional.of(Kind.OFFER);
            case "withdrawals" -> Optional.of(Kind.WITHDRAWAL);
            case "baselines" -> Optional.of(Kind.BASELINE);
            default -> Optional.empty();
        };
    }

    /** The device id of a device address (either MQTT or broker notation), if it is one. */
    public static Optional<String> deviceOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = DEVICE_ADDRESS.matcher(address);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}

package org.gridflex.mqtt;

/**
 * The device API's topic rule: a device, authenticated under its device id, may publish and subscribe only below
 * {@code gridflex/devices/<its id>/}. Wildcards are allowed only after that prefix.
 */
public final class DeviceTopicRule {

    static final String ROOT = "gridflex/devices/";

    private DeviceTopicRule() {
    }

    /** The device id of a broker address {@code gridflex.devices.<id>.<kind>}, or null. */
    public static String deviceOfAddress(String address) {
        String root = "gridflex.devices.";
        if (address == null || !address.startsWith(root)) {
            return null;
        }
        int end = address.indexOf('.', root.length());
        return end > root.length() ? address.substring(root.length(), end) : null;
    }

    public static boolean mayUse(String deviceId, String topic) {
        if (deviceId == null || deviceId.isEmpty() || topic == null) {
            return false;
        }
        String own = ROOT + deviceId + "/";
        return topic.startsWith(own) && topic.length() > own.length()
                && deviceId.indexOf('+') < 0 && deviceId.indexOf('#') < 0 && deviceId.indexOf('/') < 0;
    }
}

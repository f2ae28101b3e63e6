package org.gridflex.mqtt;

/**
 * The device API's topic rule: a device, authenticated under its device id, may publish and subscribe only below
 * {@code gridflex/devices/<its id>/}. Wildcards are allowed only after that prefix.
 */
public final class DeviceTopicRule {

    static final String ROOT = "gridflex/devices/";

    private DeviceTopicRule() {
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

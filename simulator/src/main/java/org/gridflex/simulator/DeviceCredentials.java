package org.gridflex.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A virtual device's MQTT login: user = device id, password derived from the run's seed (HMAC-SHA256 of the id), so a
 * second run with the same seed logs in with the devices the first one registered ({@code reuse=true}).
 */
record DeviceCredentials(String deviceId, String password) {

    static DeviceCredentials derive(String deviceId, long seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(("gridflex-simulator-" + seed).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(deviceId.getBytes(StandardCharsets.UTF_8));
            return new DeviceCredentials(deviceId, "sim-" + HexFormat.of().formatHex(digest, 0, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "DeviceCredentials[" + deviceId + "]";
    }
}

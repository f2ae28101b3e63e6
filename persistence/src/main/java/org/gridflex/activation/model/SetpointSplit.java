package org.gridflex.activation.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a bundle's setpoint over its devices: in the bundle's merit order, each device takes as much as its offer's
 * allocated power allows until the setpoint is met; no device is asked for more than was allocated to it, and a
 * setpoint above the bundle's total is capped at the total. Devices beyond the setpoint get no activation.
 */
public final class SetpointSplit {

    /** A device's share of a bundle: what the bundler allocated to its offer, in watts. */
    public record Share(String deviceId, long allocatedW) {
    }

    /** What one device is asked to deliver. */
    public record DeviceSetpoint(String deviceId, long setpointW) {
    }

    private SetpointSplit() {
    }

    public static List<DeviceSetpoint> split(long setpointW, List<Share> meritOrder) {
        if (setpointW < 0) {
            throw new IllegalArgumentException("A setpoint is the power to activate in the bundle's direction, >= 0");
        }
        List<DeviceSetpoint> out = new ArrayList<>();
        long remaining = setpointW;
        for (Share share : meritOrder) {
            if (remaining <= 0) {
                break;
            }
            long take = Math.min(remaining, Math.max(0, share.allocatedW()));
            if (take > 0) {
                out.add(new DeviceSetpoint(share.deviceId(), take));
                remaining -= take;
            }
        }
        return out;
    }
}

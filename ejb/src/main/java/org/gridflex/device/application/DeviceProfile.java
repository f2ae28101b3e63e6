package org.gridflex.device.application;

import org.gridflex.device.model.Device;
import org.gridflex.market.model.OfferDirection;

/** What the market needs to know of a registered device to take its offers: its place in the grid and its limits. */
public record DeviceProfile(String deviceId, String tenant, String dso, String gridArea, double maxUpKw,
        double maxDownKw) {

    public static DeviceProfile of(Device device) {
        return new DeviceProfile(device.deviceId(), device.tenant(), device.dso(), device.gridArea(), device.maxUpKw(),
                device.maxDownKw());
    }

    /** The most this device may offer in a direction. */
    public double limitKw(OfferDirection direction) {
        return direction == OfferDirection.UP ? maxUpKw : maxDownKw;
    }
}

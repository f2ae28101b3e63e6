package org.gridflex.market.application;

/** A message a device published on its offers or withdrawals topic, as the broker delivered it. */
public record DeviceOfferMessage(String deviceId, boolean withdrawal, byte[] payload) {
}

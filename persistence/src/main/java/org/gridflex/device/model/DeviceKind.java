package org.gridflex.device.model;

/** What a flexible device is; it decides nothing yet but is reported to TSOs with its offers. */
public enum DeviceKind {
    BATTERY,
    HEAT_PUMP,
    EV_CHARGER,
    PV_INVERTER,
    OTHER
}

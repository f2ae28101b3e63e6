package org.gridflex.activation.model;

/** Where one device's activation is: sent, answered with a baseline, refused by the device, or not answered in time. */
public enum ActivationStatus {
    SENT, ACKED, REFUSED, MISSED
}

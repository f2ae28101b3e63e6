package org.gridflex.federation.model;

/** What a message between installations carries. */
public enum FederationMessageKind {
    /** A batch of offers the sending installation accepted, and of offers withdrawn there. */
    OFFERS,
    /** Activations for devices connected to the receiving installation, signed by the issuing installation. */
    ACTIVATIONS,
    /** A device's answer to a forwarded activation, on its way back to the installation that issued it. */
    BASELINE
}

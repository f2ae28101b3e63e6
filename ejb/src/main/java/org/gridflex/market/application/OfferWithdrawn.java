package org.gridflex.market.application;

/** Fired inside the intake's transaction when a device withdraws its offer; the book drops it after commit. */
public record OfferWithdrawn(OfferView offer) {
}

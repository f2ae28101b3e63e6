package org.gridflex.market.application;

/** Fired inside the intake's transaction; observers that publish act only after it commits. */
public record OfferAccepted(OfferView offer) {
}

package org.gridflex.market.application;

/** A change of the live book as its followers see it: an offer entered or was revised, or it left (withdrawn). */
public record OfferBookChange(OfferView offer, boolean withdrawn) {
}

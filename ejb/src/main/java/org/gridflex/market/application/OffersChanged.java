package org.gridflex.market.application;

import java.util.Collection;

/**
 * Offers whose new state has been committed to their TSO's database: the ones in the market now and the ones
 * withdrawn from it, each offer once, in its latest state. Fired after the commit, outside any transaction.
 */
public record OffersChanged(Collection<OfferView> inMarket, Collection<OfferView> withdrawn) {
}

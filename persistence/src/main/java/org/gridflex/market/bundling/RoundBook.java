package org.gridflex.market.bundling;

import java.util.stream.IntStream;

/**
 * The offers of one round in merit order (index = merit rank) with the power each has left. Every request of the round
 * draws on the same remaining power, so no offer's power is allocated twice.
 *
 * <p>{@link #smallestTake} holds, per offer, the least a request must still need to take anything from it: the whole
 * remaining power of a non-partial offer, the smaller of remaining power and minimum activation of a partial one, and
 * infinity once nothing can be taken any more (used up, or a leftover below the minimum activation). It never
 * decreases during a round, which lets {@link VisibleOffers} keep stale block minima as valid lower bounds.
 */
final class RoundBook {

    static final double EPS_KW = 1e-9;
    static final double NOTHING_TO_TAKE = Double.POSITIVE_INFINITY;

    final BookOffer[] offers;
    final double[] priceEurPerMwh;
    final double[] remainingKw;
    final double[] minActivationKw;
    final boolean[] partialAllowed;
    final double[] smallestTake;

    /** {@code offers} in merit order, each with positive power and a price that is not NaN. */
    RoundBook(BookOffer[] offers) {
        int n = offers.length;
        this.offers = offers;
        this.priceEurPerMwh = new double[n];
        this.remainingKw = new double[n];
        this.minActivationKw = new double[n];
        this.partialAllowed = new boolean[n];
        this.smallestTake = new double[n];
        IntStream.range(0, n).parallel().forEach(r -> {
            BookOffer offer = offers[r];
            double min = offer.minActivationKw() > 0 ? offer.minActivationKw() : 0;
            priceEurPerMwh[r] = offer.priceEurPerMwh() + 0.0;
            remainingKw[r] = offer.powerKw();
            minActivationKw[r] = min;
            partialAllowed[r] = offer.partialAllowed();
            // an untouched offer may always be taken whole, even when it is smaller than its minimum activation
            smallestTake[r] = offer.partialAllowed() ? Math.min(offer.powerKw(), min) : offer.powerKw();
        });
    }

    /**
     * Takes what a request still needing {@code needKw} can get from offer {@code r}: all its remaining power if that
     * fits, else exactly {@code needKw} when the offer may be split there. Call only when
     * {@code smallestTake[r] <= needKw + EPS_KW}. Returns the power taken.
     */
    double take(int r, double needKw) {
        double remaining = remainingKw[r];
        double taken = remaining <= needKw + EPS_KW ? remaining : needKw;
        double left = remaining - taken;
        remainingKw[r] = left;
        if (left <= EPS_KW || !partialAllowed[r] || left < minActivationKw[r] - EPS_KW) {
            smallestTake[r] = NOTHING_TO_TAKE;
        } else {
            smallestTake[r] = Math.min(left, minActivationKw[r]);
        }
        return taken;
    }
}

package org.gridflex.market.bundling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.gridflex.market.model.OfferDirection;

/** The depth of the order book for one direction (and optionally one grid area): power per price level. */
public final class OrderBookDepth {

    private OrderBookDepth() {
    }

    /** Levels in merit order (cheapest first); {@code gridArea} null means the whole control area. */
    public static List<DepthLevel> of(Collection<BookOffer> offers, OfferDirection direction, String gridArea) {
        TreeMap<Double, double[]> levels = new TreeMap<>();
        for (BookOffer offer : offers) {
            if (offer.direction() != direction || gridArea != null && !gridArea.equals(offer.gridArea())) {
                continue;
            }
            double[] level = levels.computeIfAbsent(offer.priceEurPerMwh(), p -> new double[2]);
            level[0] += offer.powerKw();
            level[1]++;
        }
        List<DepthLevel> depth = new ArrayList<>(levels.size());
        double cumulative = 0;
        for (var level : levels.entrySet()) {
            cumulative += level.getValue()[0];
            depth.add(new DepthLevel(level.getKey(), level.getValue()[0], cumulative, (int) level.getValue()[1]));
        }
        return depth;
    }
}

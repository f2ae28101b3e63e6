package org.gridflex.market.bundling;

import java.util.List;

/**
 * The offers one kind of request may see (one tenant and direction, optionally narrowed to a grid area and/or a DSO),
 * as merit ranks in ascending order. Several lists share the one {@link RoundBook}.
 *
 * <p>The ranks are cut into blocks of 64 with a lower bound of the smallest take in each block, so a request skips a
 * whole block of used-up offers, or of offers too big for what it still needs, with one comparison. The bound is
 * refreshed whenever a block is scanned to its end; since smallest takes only grow, a stale bound stays a valid lower
 * bound. A head cursor moves past blocks with nothing left in them.
 */
final class VisibleOffers {

    private static final int BLOCK_SHIFT = 6;
    private static final int BLOCK_SIZE = 1 << BLOCK_SHIFT;

    private final int[] ranks;
    private final double[] blockSmallestTake;
    private int headBlock;

    VisibleOffers(int[] ranks) {
        this.ranks = ranks;
        // 0 is a valid lower bound (takes are never negative) and makes the first request scan each block once
        this.blockSmallestTake = new double[(ranks.length + BLOCK_SIZE - 1) >>> BLOCK_SHIFT];
    }

    /**
     * Fills a request of {@code quantityKw} from these offers in merit order, up to {@code maxPriceEurPerMwh},
     * updating the book's remaining power; appends the allocations, in merit order, to {@code allocations}.
     */
    void fill(RoundBook book, double quantityKw, double maxPriceEurPerMwh, List<Allocation> allocations) {
        double[] smallestTake = book.smallestTake;
        double[] price = book.priceEurPerMwh;
        int end = firstAbovePrice(price, maxPriceEurPerMwh);
        int blocks = blockSmallestTake.length;
        while (headBlock < blocks && blockSmallestTake[headBlock] == RoundBook.NOTHING_TO_TAKE) {
            headBlock++;
        }
        double needKw = quantityKw;
        for (int b = headBlock; b < blocks && needKw > RoundBook.EPS_KW; b++) {
            int from = b << BLOCK_SHIFT;
            if (from >= end) {
                break;
            }
            if (blockSmallestTake[b] > needKw + RoundBook.EPS_KW) {
                continue;
            }
            int blockEnd = Math.min(from + BLOCK_SIZE, ranks.length);
            int scanEnd = Math.min(blockEnd, end);
            double smallestSeen = RoundBook.NOTHING_TO_TAKE;
            int p = from;
            for (; p < scanEnd && needKw > RoundBook.EPS_KW; p++) {
                int r = ranks[p];
                double smallest = smallestTake[r];
                if (smallest <= needKw + RoundBook.EPS_KW) {
                    double takenKw = book.take(r, needKw);
                    needKw -= takenKw;
                    BookOffer offer = book.offers[r];
                    allocations.add(new Allocation(offer.offerId(), offer.deviceId(), takenKw, price[r]));
                    smallest = smallestTake[r];
                }
                smallestSeen = Math.min(smallestSeen, smallest);
            }
            if (p == blockEnd) {
                blockSmallestTake[b] = smallestSeen;
            }
        }
    }

    /** The first position whose price is above the cap (prices ascend along the ranks). */
    private int firstAbovePrice(double[] price, double maxPriceEurPerMwh) {
        int lo = 0;
        int hi = ranks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (price[ranks[mid]] <= maxPriceEurPerMwh) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

package org.gridflex.market.bundling;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Puts offers in merit order: price ascending, then the earliest received, then the offer id. The order is total, so
 * the same offers give the same order whatever order they came in.
 *
 * <p>Price and time are replaced by their ranks (or time by its offset from the earliest offer when that is small
 * enough), packed with the offer's position into one {@code long} and sorted with {@link Arrays#parallelSort(long[])};
 * only the rare runs with equal price and time are then sorted by offer id. A boxed comparator sort remains as the
 * fallback for inputs too large for the packing (more than about two million offers).
 */
final class MeritOrder {

    private MeritOrder() {
    }

    /**
     * The positions {@code 0..n-1} of the given offers in merit order. Prices must not be NaN; {@code -0.0} must have
     * been normalised to {@code 0.0}.
     */
    static int[] sort(double[] priceEurPerMwh, long[] receivedAtMillis, String[] offerId) {
        int n = priceEurPerMwh.length;
        if (n == 0) {
            return new int[0];
        }
        long[] priceKey = new long[n];
        Arrays.parallelSetAll(priceKey, j -> sortableBits(priceEurPerMwh[j]));
        long[] prices = distinctSorted(priceKey);
        int priceBits = bitsFor(prices.length - 1);
        int idxBits = bitsFor(n - 1);

        long earliest = Long.MAX_VALUE;
        long latest = Long.MIN_VALUE;
        for (long t : receivedAtMillis) {
            earliest = Math.min(earliest, t);
            latest = Math.max(latest, t);
        }
        long span = latest - earliest; // negative on overflow
        boolean timeAsOffset = span >= 0 && bitsFor(span) + priceBits + idxBits <= 63;
        long[] times = timeAsOffset ? null : distinctSorted(receivedAtMillis);
        int timeBits = timeAsOffset ? bitsFor(span) : bitsFor(times.length - 1);
        if (priceBits + timeBits + idxBits > 63) {
            return sortWithComparator(priceEurPerMwh, receivedAtMillis, offerId);
        }

        int timeShift = idxBits;
        int priceShift = idxBits + timeBits;
        long first = earliest;
        long[] keys = new long[n];
        Arrays.parallelSetAll(keys, j -> {
            long priceRank = Arrays.binarySearch(prices, priceKey[j]);
            long timeRank = timeAsOffset ? receivedAtMillis[j] - first : Arrays.binarySearch(times, receivedAtMillis[j]);
            return priceRank << priceShift | timeRank << timeShift | j;
        });
        Arrays.parallelSort(keys);

        long idxMask = (1L << idxBits) - 1;
        int[] order = new int[n];
        Arrays.parallelSetAll(order, r -> (int) (keys[r] & idxMask));
        for (int from = 0; from < n;) {
            long priceAndTime = keys[from] >>> idxBits;
            int to = from + 1;
            while (to < n && keys[to] >>> idxBits == priceAndTime) {
                to++;
            }
            if (to - from > 1) {
                sortByOfferId(order, from, to, offerId);
            }
            from = to;
        }
        return order;
    }

    /** A long whose signed order is the numeric order of the double (NaN excluded, -0.0 normalised). */
    private static long sortableBits(double value) {
        long bits = Double.doubleToLongBits(value);
        return bits ^ (bits >> 63 & Long.MAX_VALUE);
    }

    private static long[] distinctSorted(long[] values) {
        long[] sorted = values.clone();
        Arrays.parallelSort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    private static int bitsFor(long maxValue) {
        return maxValue <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(maxValue);
    }

    private static void sortByOfferId(int[] order, int from, int to, String[] offerId) {
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) {
            run[i - from] = order[i];
        }
        Arrays.sort(run, Comparator.comparing(j -> offerId[j], Comparator.nullsFirst(Comparator.naturalOrder())));
        for (int i = from; i < to; i++) {
            order[i] = run[i - from];
        }
    }

    /** The plain comparator sort; the reference the packed sort must agree with. */
    static int[] sortWithComparator(double[] priceEurPerMwh, long[] receivedAtMillis, String[] offerId) {
        Integer[] boxed = new Integer[priceEurPerMwh.length];
        Arrays.setAll(boxed, j -> j);
        Comparator<Integer> merit = Comparator.<Integer>comparingDouble(j -> priceEurPerMwh[j])
                .thenComparingLong(j -> receivedAtMillis[j])
                .thenComparing(j -> offerId[j], Comparator.nullsFirst(Comparator.naturalOrder()));
        Arrays.parallelSort(boxed, merit);
        int[] order = new int[boxed.length];
        Arrays.setAll(order, r -> boxed[r]);
        return order;
    }
}

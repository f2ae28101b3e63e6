package org.gridflex.market.bundling;

import static org.gridflex.market.bundling.BookFixtures.TEN_MINUTES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.market.model.OfferDirection;
import org.junit.jupiter.api.Test;

/**
 * The bundler's indexes (merit ranks, visibility lists, skipped blocks) must not change the outcome: on random books
 * it gives exactly what the rules give when applied offer by offer to every request.
 */
class OfferBundlerAgreesWithPlainRulesTest {

    private static final double EPS = 1e-9;

    @Test
    void randomBooksGiveExactlyTheRoundsOfThePlainRules() {
        OfferBundler bundler = new OfferBundler();
        long trades = 0;
        for (int seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            List<BookOffer> offers = randomOffers(random, 200 + random.nextInt(3_000));
            List<BookRequest> requests = randomRequests(random, 1 + random.nextInt(120));

            BundlingRound actual = bundler.run(seed, TEN_MINUTES, offers, requests);

            BundlingRound expected = plainRules(seed, TEN_MINUTES, offers, requests);
            assertEquals(expected.bundles().size(), actual.bundles().size());
            for (int b = 0; b < expected.bundles().size(); b++) {
                assertEquals(expected.bundles().get(b), actual.bundles().get(b), "seed " + seed + ", bundle " + b);
            }
            assertEquals(expected, actual);
            trades += actual.bundles().stream().mapToLong(b -> b.allocations().size()).sum();
        }
        assertTrue(trades > 10_000, "the random books trade: " + trades);
    }

    @Test
    void packedMeritOrderAgreesWithTheComparatorSort() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            int n = 1 + random.nextInt(5_000);
            double[] price = new double[n];
            long[] receivedAt = new long[n];
            String[] offerId = new String[n];
            boolean extremeTimes = round % 2 == 0;
            for (int j = 0; j < n; j++) {
                price[j] = random.nextInt(3) == 0 ? random.nextInt(20) - 10 : random.nextGaussian() * 1e6;
                receivedAt[j] = extremeTimes && random.nextBoolean()
                        ? (random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE) - random.nextInt(3)
                        : random.nextInt(100);
                offerId[j] = "o" + random.nextInt(n);
            }
            int[] packed = MeritOrder.sort(price, receivedAt, offerId);
            int[] compared = MeritOrder.sortWithComparator(price, receivedAt, offerId);
            // equal offer ids may come in either order; the keys must agree position by position
            for (int r = 0; r < n; r++) {
                assertEquals(price[compared[r]], price[packed[r]]);
                assertEquals(receivedAt[compared[r]], receivedAt[packed[r]]);
                assertEquals(offerId[compared[r]], offerId[packed[r]]);
            }
            assertArrayEquals(sortedCopy(compared), sortedCopy(packed), "a permutation");
        }
    }

    private static int[] sortedCopy(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static List<BookOffer> randomOffers(Random random, int count) {
        List<BookOffer> offers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean partial = random.nextInt(3) > 0;
            double power = random.nextInt(4) == 0 ? random.nextDouble() * 30 : 1 + random.nextInt(15);
            double min = random.nextInt(3) == 0 ? 0 : random.nextInt(8) + random.nextInt(2) * 0.5;
            offers.add(new BookOffer("o" + i, "d" + i, pick(random, "ELIA", "RTE", null),
                    pick(random, "ORES", "SIBELGA", "FLUVIUS", null), pick(random, "A1", "A2", "A3", null),
                    random.nextInt(20) == 0 ? null : OfferDirection.values()[random.nextInt(2)],
                    random.nextInt(40) == 0 ? 0 : power, min, partial, random.nextInt(40) - 5 + random.nextInt(2) * 0.25,
                    random.nextInt(30)));
        }
        return offers;
    }

    private static List<BookRequest> randomRequests(Random random, int count) {
        List<BookRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double quantity = random.nextInt(15) == 0 ? 0 : random.nextInt(4) == 0 ? random.nextDouble() * 9 : random.nextInt(300);
            requests.add(new BookRequest("r" + i, pick(random, "ELIA", "RTE"), pick(random, "ORES", "SIBELGA", null, null),
                    pick(random, "A1", "A2", null, null), OfferDirection.values()[random.nextInt(2)], quantity,
                    random.nextInt(45) - 5, random.nextInt(20)));
        }
        return requests;
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /** The rules, applied literally: every request walks the whole book in merit order. */
    private static BundlingRound plainRules(long round, DeliveryPeriod period, List<BookOffer> offers,
            List<BookRequest> requests) {
        double hours = period.length().toSeconds() / 3600.0;
        List<BookOffer> merit = new ArrayList<>(offers);
        merit.sort(Comparator.comparingDouble(BookOffer::priceEurPerMwh).thenComparingLong(BookOffer::receivedAtMillis)
                .thenComparing(BookOffer::offerId));
        double[] remaining = merit.stream().mapToDouble(BookOffer::powerKw).toArray();
        boolean[] touched = new boolean[merit.size()];
        List<BookRequest> served = new ArrayList<>(requests);
        served.sort(Comparator.comparingLong(BookRequest::createdAtMillis).thenComparing(BookRequest::requestId));

        List<Bundle> bundles = new ArrayList<>();
        for (BookRequest request : served) {
            List<Allocation> allocations = new ArrayList<>();
            double need = request.quantityKw();
            double total = 0;
            double cost = 0;
            for (int r = 0; r < merit.size() && request.quantityKw() > 0 && need > EPS; r++) {
                BookOffer offer = merit.get(r);
                if (!sees(request, offer) || !(offer.powerKw() > EPS) || remaining[r] <= EPS) {
                    continue;
                }
                double min = Math.max(0, offer.minActivationKw());
                if (touched[r] && remaining[r] < min - EPS) {
                    continue;
                }
                double take;
                if (remaining[r] <= need + EPS) {
                    take = remaining[r];
                } else if (offer.partialAllowed() && min <= need + EPS) {
                    take = need;
                } else {
                    continue;
                }
                remaining[r] -= take;
                touched[r] = true;
                need -= take;
                allocations.add(new Allocation(offer.offerId(), offer.deviceId(), take, offer.priceEurPerMwh()));
            }
            for (Allocation a : allocations) {
                total += a.allocatedKw();
                cost += a.allocatedKw() / 1000.0 * a.priceEurPerMwh() * hours;
            }
            double q = request.quantityKw();
            bundles.add(new Bundle(request.requestId(), round, allocations, total, q, cost,
                    q > 0 ? Math.min(1, total / q) : 1, total < q - 1e-9));
        }
        return new BundlingRound(round, period, bundles);
    }

    private static boolean sees(BookRequest request, BookOffer offer) {
        return request.tenant().equals(offer.tenant()) && request.direction() == offer.direction()
                && offer.priceEurPerMwh() <= request.maxPriceEurPerMwh()
                && (request.gridArea() == null || request.gridArea().equals(offer.gridArea()))
                && (request.requesterDso() == null || request.requesterDso().equals(offer.dso()));
    }
}

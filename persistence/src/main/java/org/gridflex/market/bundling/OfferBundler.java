package org.gridflex.market.bundling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.gridflex.market.model.DeliveryPeriod;

/**
 * Assigns the offers of the order book to flex requests, one round at a time.
 *
 * <p>Requests are served one after the other, the oldest first ({@code createdAtMillis}, then {@code requestId}). Each
 * takes the offers it may see in merit order (price, then the earliest received, then offer id) up to its price cap
 * until its quantity is covered: an offer that fits is taken whole; one that is too big is split to exactly the
 * missing power if it allows partial activation and the missing power reaches its minimum activation, and skipped
 * otherwise. Power taken by one request is gone for the later ones in the same round; the leftover of a split offer
 * stays available (each further part again at least the minimum activation).
 *
 * <p>A request sees the offers of its own tenant (TSO) in its direction; those of its grid area only when it names one;
 * and those of its own DSO only when a DSO made it. The same offers and requests always give the same round, whatever
 * the order of the collections.
 *
 * <p>Offers with no positive power or a NaN price are never allocated. The class is stateless and thread-safe; a round
 * uses the common fork-join pool to index and sort the offers.
 */
public final class OfferBundler {

    private static final double NANOS_PER_HOUR = 3_600_000_000_000.0;
    private static final double UNDER_COVERAGE_TOLERANCE_KW = 1e-9;
    private static final Comparator<BookRequest> SERVING_ORDER = Comparator
            .comparingLong(BookRequest::createdAtMillis).thenComparing(BookRequest::requestId);

    /**
     * Runs one bundling round for a delivery period.
     *
     * @return one bundle per request, in the order the requests were served
     */
    public BundlingRound run(long round, DeliveryPeriod period, Collection<BookOffer> offers,
            Collection<BookRequest> requests) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(offers, "offers");
        Objects.requireNonNull(requests, "requests");
        double periodHours = period.length().toNanos() / NANOS_PER_HOUR;

        BookRequest[] served = requests.toArray(new BookRequest[0]);
        for (BookRequest request : served) {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(request.requestId(), "requestId");
            Objects.requireNonNull(request.tenant(), "request tenant");
            Objects.requireNonNull(request.direction(), "request direction");
        }
        Arrays.sort(served, SERVING_ORDER);

        Visibility visibility = new Visibility(served);
        OfferIndex index = OfferIndex.build(offers.toArray(new BookOffer[0]), visibility);

        List<Bundle> bundles = new ArrayList<>(served.length);
        for (int q = 0; q < served.length; q++) {
            BookRequest request = served[q];
            List<Allocation> allocations = new ArrayList<>();
            if (request.quantityKw() > 0) {
                index.lists[visibility.listOfRequest[q]].fill(index.book, request.quantityKw(),
                        request.maxPriceEurPerMwh(), allocations);
            }
            bundles.add(bundle(round, request, allocations, periodHours));
        }
        return new BundlingRound(round, period, Collections.unmodifiableList(bundles));
    }

    private static Bundle bundle(long round, BookRequest request, List<Allocation> allocations, double periodHours) {
        double totalKw = 0;
        double costEur = 0;
        for (Allocation allocation : allocations) {
            totalKw += allocation.allocatedKw();
            costEur += allocation.allocatedKw() / 1000.0 * allocation.priceEurPerMwh() * periodHours;
        }
        double quantityKw = request.quantityKw();
        double coverage = quantityKw > 0 ? Math.min(1.0, totalKw / quantityKw) : 1.0;
        boolean underCovered = totalKw < quantityKw - UNDER_COVERAGE_TOLERANCE_KW;
        return new Bundle(request.requestId(), round, Collections.unmodifiableList(allocations), totalKw, quantityKw,
                costEur, coverage, underCovered);
    }

    /** The round's offers in merit order and one list of visible offers per kind of request. */
    private record OfferIndex(RoundBook book, VisibleOffers[] lists) {

        static OfferIndex build(BookOffer[] all, Visibility visibility) {
            int n = all.length;
            int[] tenantOf = new int[n];
            Arrays.parallelSetAll(tenantOf, i -> visibility.tenantOf(all[i]));
            int[] candidates = new int[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (tenantOf[i] >= 0) {
                    candidates[m++] = i;
                }
            }
            int count = m;
            double[] price = new double[count];
            long[] receivedAt = new long[count];
            String[] offerId = new String[count];
            IntStream.range(0, count).parallel().forEach(j -> {
                BookOffer offer = all[candidates[j]];
                price[j] = offer.priceEurPerMwh() + 0.0;
                receivedAt[j] = offer.receivedAtMillis();
                offerId[j] = offer.offerId();
            });
            int[] order = MeritOrder.sort(price, receivedAt, offerId);

            BookOffer[] ranked = new BookOffer[count];
            int[] slots = new int[Visibility.SLOTS * count];
            IntStream.range(0, count).parallel().forEach(r -> {
                int i = candidates[order[r]];
                ranked[r] = all[i];
                visibility.listsOf(all[i], tenantOf[i], slots, Visibility.SLOTS * r);
            });

            int listCount = visibility.listCount();
            int[] sizes = new int[listCount];
            for (int r = 0; r < count; r++) {
                int base = Visibility.SLOTS * r;
                for (int s = 0; s < Visibility.SLOTS; s++) {
                    int list = slots[base + s];
                    if (list >= 0) {
                        sizes[list]++;
                    }
                }
            }
            int[][] ranks = new int[listCount][];
            for (int l = 0; l < listCount; l++) {
                ranks[l] = new int[sizes[l]];
            }
            Arrays.fill(sizes, 0);
            for (int r = 0; r < count; r++) {
                int base = Visibility.SLOTS * r;
                for (int s = 0; s < Visibility.SLOTS; s++) {
                    int list = slots[base + s];
                    if (list >= 0) {
                        ranks[list][sizes[list]++] = r;
                    }
                }
            }
            VisibleOffers[] lists = new VisibleOffers[listCount];
            for (int l = 0; l < listCount; l++) {
                lists[l] = new VisibleOffers(ranks[l]);
            }
            return new OfferIndex(new RoundBook(ranked), lists);
        }
    }

    /**
     * Which kinds of request the round has, and which of them see an offer. A kind is (tenant, DSO or any, grid area
     * or any, direction); only tenants, DSOs and areas named by some request get a code, so an offer belongs to at
     * most four kinds: the whole tenant, its area, its DSO, its DSO and area.
     */
    private static final class Visibility {

        static final int SLOTS = 4;
        private static final long FREE = -1;

        private final Map<String, Integer> tenants = new HashMap<>();
        private final Map<String, Integer> dsos = new HashMap<>();
        private final Map<String, Integer> areas = new HashMap<>();
        final int[] listOfRequest;
        private long[] tableKeys = new long[16];
        private int[] tableLists = new int[16];
        private int lists;

        Visibility(BookRequest[] served) {
            for (BookRequest request : served) {
                tenants.putIfAbsent(request.tenant(), tenants.size());
                if (request.requesterDso() != null) {
                    dsos.putIfAbsent(request.requesterDso(), dsos.size());
                }
                if (request.gridArea() != null) {
                    areas.putIfAbsent(request.gridArea(), areas.size());
                }
            }
            Arrays.fill(tableKeys, FREE);
            listOfRequest = new int[served.length];
            for (int q = 0; q < served.length; q++) {
                BookRequest request = served[q];
                int dso = request.requesterDso() == null ? -1 : dsos.get(request.requesterDso());
                int area = request.gridArea() == null ? -1 : areas.get(request.gridArea());
                listOfRequest[q] = listFor(kind(tenants.get(request.tenant()), dso, area, request.direction().ordinal()));
            }
        }

        int listCount() {
            return lists;
        }

        /**
         * The code of the offer's tenant, or -1 when no request can take it (a tenant no request names, no direction,
         * no positive power, a NaN price). Thread-safe.
         */
        int tenantOf(BookOffer offer) {
            if (offer == null || offer.direction() == null || !(offer.powerKw() > RoundBook.EPS_KW)
                    || Double.isNaN(offer.priceEurPerMwh())) {
                return -1;
            }
            Integer tenant = tenants.get(offer.tenant());
            return tenant == null ? -1 : tenant;
        }

        /** Writes the lists that see an offer of the tenant into {@code slots[base..base+3]}, -1 for none. Thread-safe. */
        void listsOf(BookOffer offer, int tenant, int[] slots, int base) {
            Arrays.fill(slots, base, base + SLOTS, -1);
            int direction = offer.direction().ordinal();
            int dso = offer.dso() == null ? -1 : dsos.getOrDefault(offer.dso(), -1);
            int area = offer.gridArea() == null ? -1 : areas.getOrDefault(offer.gridArea(), -1);
            slots[base] = find(kind(tenant, -1, -1, direction));
            if (area >= 0) {
                slots[base + 1] = find(kind(tenant, -1, area, direction));
            }
            if (dso >= 0) {
                slots[base + 2] = find(kind(tenant, dso, -1, direction));
                if (area >= 0) {
                    slots[base + 3] = find(kind(tenant, dso, area, direction));
                }
            }
        }

        private long kind(int tenant, int dso, int area, int direction) {
            long key = (long) tenant * (dsos.size() + 1) + dso + 1;
            key = key * (areas.size() + 1) + area + 1;
            return key << 1 | direction;
        }

        private int find(long kind) {
            int mask = tableKeys.length - 1;
            for (int slot = spread(kind) & mask;; slot = (slot + 1) & mask) {
                if (tableKeys[slot] == kind) {
                    return tableLists[slot];
                }
                if (tableKeys[slot] == FREE) {
                    return -1;
                }
            }
        }

        private int listFor(long kind) {
            int existing = find(kind);
            if (existing >= 0) {
                return existing;
            }
            if (2 * (lists + 1) > tableKeys.length) {
                grow();
            }
            insert(kind, lists);
            return lists++;
        }

        private void grow() {
            long[] oldKeys = tableKeys;
            int[] oldLists = tableLists;
            tableKeys = new long[oldKeys.length * 2];
            tableLists = new int[oldKeys.length * 2];
            Arrays.fill(tableKeys, FREE);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != FREE) {
                    insert(oldKeys[i], oldLists[i]);
                }
            }
        }

        private void insert(long kind, int list) {
            int mask = tableKeys.length - 1;
            int slot = spread(kind) & mask;
            while (tableKeys[slot] != FREE) {
                slot = (slot + 1) & mask;
            }
            tableKeys[slot] = kind;
            tableLists[slot] = list;
        }

        private static int spread(long kind) {
            long h = kind * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 32);
        }
    }
}

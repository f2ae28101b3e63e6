package org.gridflex.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.gridflex.market.bundling.Allocation;
import org.gridflex.market.bundling.BookOffer;
import org.gridflex.market.bundling.BookRequest;
import org.gridflex.market.bundling.Bundle;
import org.gridflex.market.bundling.BundlingRound;
import org.gridflex.market.bundling.OfferBundler;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.market.model.OfferDirection;

/**
 * Times {@link OfferBundler} on a generated order book: by default 1,000,000 offers of 7 TSOs x 20 grid areas x 10
 * DSOs and 1,000 requests (30% of the TSOs, 70% of DSOs, half of each narrowed to a grid area), fixed seed.
 *
 * <p>Arguments (all optional): {@code offers=1000000 requests=1000 rounds=7 warmup=3 seed=42}.
 */
public final class BundlerBenchmark {

    private static final String[] TENANTS = {"ELIA", "TENNETNL", "TENNETDE", "AMPRION", "50HERTZ", "TRANSNETBW", "RTE"};
    private static final int AREAS = 20;
    private static final int DSOS = 10;

    private BundlerBenchmark() {
    }

    public static void main(String[] args) {
        int offerCount = intArg(args, "offers", 1_000_000);
        int requestCount = intArg(args, "requests", 1_000);
        int rounds = intArg(args, "rounds", 7);
        int warmup = intArg(args, "warmup", 3);
        long seed = intArg(args, "seed", 42);

        DeliveryPeriod period = new DeliveryPeriod(Instant.parse("2026-11-23T12:10:00Z"), Duration.ofMinutes(10));
        Random random = new Random(seed);
        long generating = System.nanoTime();
        List<BookOffer> offers = offers(random, offerCount, period.start().toEpochMilli());
        List<BookRequest> requests = requests(random, requestCount, period.start().toEpochMilli());
        System.out.printf("book: %,d offers, %,d requests, generated in %d ms; %d cores, max heap %d MB%n",
                offers.size(), requests.size(), (System.nanoTime() - generating) / 1_000_000,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        OfferBundler bundler = new OfferBundler();
        for (int i = 0; i < warmup; i++) {
            long start = System.nanoTime();
            bundler.run(i, period, offers, requests);
            System.out.printf("warm-up %d: %.1f ms%n", i + 1, (System.nanoTime() - start) / 1e6);
        }
        resetPeaks();
        double[] millis = new double[rounds];
        BundlingRound last = null;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            last = bundler.run(warmup + i, period, offers, requests);
            millis[i] = (System.nanoTime() - start) / 1e6;
            System.out.printf("round %d: %.1f ms%n", i + 1, millis[i]);
        }
        long peakHeapMb = peakHeapMb();

        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("round time over %d rounds: median %.1f ms, min %.1f ms, max %.1f ms%n", rounds,
                median(sorted), sorted[0], sorted[sorted.length - 1]);
        if (last != null) {
            report(last);
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("heap: %d MB used after GC with the book live, peak %d MB during the measured rounds%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, peakHeapMb);
    }

    private static void report(BundlingRound round) {
        double allocatedKw = 0;
        double costEur = 0;
        long allocations = 0;
        int underCovered = 0;
        long hash = 17;
        for (Bundle bundle : round.bundles()) {
            allocatedKw += bundle.totalKw();
            costEur += bundle.costEur();
            allocations += bundle.allocations().size();
            underCovered += bundle.underCovered() ? 1 : 0;
            for (Allocation allocation : bundle.allocations()) {
                hash = hash * 31 + allocation.offerId().hashCode();
            }
        }
        System.out.printf("checksum: %.3f kW allocated in %,d allocations, %.2f EUR, %d of %d requests under-covered,"
                + " offer-id hash %016x%n", allocatedKw, allocations, costEur, underCovered, round.bundles().size(), hash);
    }

    private static List<BookOffer> offers(Random random, int count, long periodStartMillis) {
        String[][] areas = new String[TENANTS.length][AREAS];
        String[][] dsos = new String[TENANTS.length][DSOS];
        for (int t = 0; t < TENANTS.length; t++) {
            for (int a = 0; a < AREAS; a++) {
                areas[t][a] = TENANTS[t] + "-AREA-" + a;
            }
            for (int d = 0; d < DSOS; d++) {
                dsos[t][d] = TENANTS[t] + "-DSO-" + d;
            }
        }
        OfferDirection[] directions = OfferDirection.values();
        List<BookOffer> offers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int t = random.nextInt(TENANTS.length);
            double powerKw = 1 + random.nextInt(191) / 10.0; // 1.0 .. 20.0 kW
            boolean partial = random.nextInt(10) < 7;
            double minActivationKw = partial ? random.nextInt(31) / 10.0 : 0; // 0 .. 3 kW
            double price = 20 + random.nextInt(28_001) / 100.0; // 20.00 .. 300.00 EUR/MWh
            long receivedAt = periodStartMillis - 1_200_000 + random.nextInt(600_000);
            offers.add(new BookOffer("offer-" + i, "dev-" + i, TENANTS[t], dsos[t][random.nextInt(DSOS)],
                    areas[t][random.nextInt(AREAS)], directions[random.nextInt(2)], powerKw, minActivationKw, partial,
                    price, receivedAt));
        }
        return offers;
    }

    private static List<BookRequest> requests(Random random, int count, long periodStartMillis) {
        OfferDirection[] directions = OfferDirection.values();
        List<BookRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int t = random.nextInt(TENANTS.length);
            boolean byDso = random.nextInt(10) < 7;
            String dso = byDso ? TENANTS[t] + "-DSO-" + random.nextInt(DSOS) : null;
            String area = random.nextBoolean() ? TENANTS[t] + "-AREA-" + random.nextInt(AREAS) : null;
            double quantityKw = Math.round(100 * Math.pow(200, random.nextDouble())); // 100 kW .. 20 MW, log-uniform
            double maxPrice = 100 + random.nextInt(301);
            requests.add(new BookRequest("req-" + i, TENANTS[t], dso, area, directions[random.nextInt(2)], quantityKw,
                    maxPrice, periodStartMillis - 1_800_000 + random.nextInt(1_200_000)));
        }
        return requests;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith(name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 1).replace("_", ""));
            }
        }
        return fallback;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}

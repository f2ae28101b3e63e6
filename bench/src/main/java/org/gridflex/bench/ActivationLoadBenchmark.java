package org.gridflex.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The TSO side of bench/activation-latency.sh: once the simulated devices' offers are in the book, one flex request
 * per grid area ({@code SIM-AREA-<k>}, as the simulator registers them with {@code areaSize}) so the bundler makes one
 * bundle per area; then a setpoint for every bundle every {@code everySeconds} (staggered), as a load-frequency
 * controller would, over REST. The devices measure the latency; this prints what the REST side saw.
 *
 * <p>Arguments: {@code api= areas= offers= (to wait for) seconds= (0: only wait for the offers) warmupSeconds= (setpoints
 * sent before the measured seconds, not counted) everySeconds= share=
 * (fraction of a bundle activated) checkAnswers= (true: afterwards read every setpoint back over REST and count the
 * answers that reached this node, e.g. across a federation hop)}.
 */
public final class ActivationLoadBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TSO = "Basic " + Base64.getEncoder().encodeToString("tso-elia:tso-elia-pw".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        String api = arg(args, "api", "http://127.0.0.1:8780/gridflex/api");
        int areas = Integer.parseInt(arg(args, "areas", "100"));
        int seconds = Integer.parseInt(arg(args, "seconds", "60"));
        int warmup = Integer.parseInt(arg(args, "warmupSeconds", "0"));
        double every = Double.parseDouble(arg(args, "everySeconds", "3"));
        double share = Double.parseDouble(arg(args, "share", "0.5"));
        int expectedOffers = Integer.parseInt(arg(args, "offers", "0"));
        boolean checkAnswers = Boolean.parseBoolean(arg(args, "checkAnswers", "false"));

        Instant period = awaitOffers(api, expectedOffers);
        if (seconds == 0) {
            return; // only waited for the book
        }
        List<String> requests = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            JsonObject created = object(send("POST", api + "/tenants/ELIA/requests", "{\"period\":\"" + period
                    + "\",\"direction\":\"UP\",\"quantityMw\":100,\"gridArea\":\"SIM-AREA-" + a + "\",\"maxPriceEurPerMwh\":10000}", 201));
            requests.add(created.getString("id"));
        }
        List<Double> totals = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String request : requests) {
            while (true) {
                HttpResponse<String> bundle = HTTP.send(get(api + "/tenants/ELIA/requests/" + request + "/bundle"),
                        HttpResponse.BodyHandlers.ofString());
                if (bundle.statusCode() == 200) {
                    totals.add(object(bundle.body()).getJsonNumber("totalKw").doubleValue());
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no bundle for " + request + " within 60 s");
                }
                Thread.sleep(500);
            }
        }
        int devicesInBundles = 0;
        for (String request : requests) {
            devicesInBundles += object(HTTP.send(get(api + "/tenants/ELIA/requests/" + request + "/bundle"),
                    HttpResponse.BodyHandlers.ofString()).body()).getJsonArray("allocations").size();
        }
        System.out.printf(Locale.ROOT, "%d bundles over %d devices for period %s; a setpoint for each every %.1f s (%.0f%% of it)"
                + " for %d s after a %d s warm-up%n", requests.size(), devicesInBundles, period, every, share * 100, seconds, warmup);

        // Open loop, as a load-frequency controller works: every setpoint leaves at its time whether or not the
        // previous ones were answered (a closed loop of a few threads would measure this client, not the node).
        AtomicLong setpoints = new AtomicLong();
        AtomicLong activations = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong inFlight = new AtomicLong();
        List<Long> restMicros = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> setpointIds = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService lfc = Executors.newScheduledThreadPool(2);
        long periodMillis = Math.round(every * 1000);
        long measureFrom = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        for (int i = 0; i < requests.size(); i++) {
            String request = requests.get(i);
            double kw = totals.get(i) * share;
            lfc.scheduleAtFixedRate(() -> {
                long t0 = System.nanoTime();
                inFlight.incrementAndGet();
                HTTP.sendAsync(HttpRequest.newBuilder(URI.create(api + "/activation/tenants/ELIA/setpoints"))
                        .header("Authorization", TSO).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"requestId\":\"" + request + "\",\"setpointKw\":"
                                + kw + ",\"validitySeconds\":4}")).build(), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((r, e) -> {
                            inFlight.decrementAndGet();
                            boolean measured = t0 >= measureFrom;
                            if (e == null && r.statusCode() == 202) {
                                JsonObject receipt = object(r.body());
                                if (measured) {
                                    setpoints.incrementAndGet();
                                    activations.addAndGet(receipt.getJsonArray("activations").size());
                                    restMicros.add((System.nanoTime() - t0) / 1000);
                                    setpointIds.add(receipt.getString("setpointId"));
                                }
                            } else {
                                failures.incrementAndGet();
                            }
                        });
            }, periodMillis * i / requests.size(), periodMillis, TimeUnit.MILLISECONDS);
        }
        for (int s = 5; s <= warmup + seconds; s += 5) {
            Thread.sleep(5000);
            System.out.printf(Locale.ROOT, "%4d s%s  setpoints %,d  activations sent %,d  failures %d  in flight %d%n", s,
                    s <= warmup ? " (warm-up)" : "", setpoints.get(), activations.get(), failures.get(), inFlight.get());
        }
        lfc.shutdown();
        lfc.awaitTermination(10, TimeUnit.SECONDS);
        long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < waitUntil) {
            Thread.sleep(100);
        }
        List<Long> sorted = new ArrayList<>(restMicros);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "after the %d s warm-up, %d s: setpoints %,d (%.1f/s of %.1f/s asked), activations"
                + " sent %,d (%.0f/s), failed setpoints (whole run): %d; REST answer time p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms%n", warmup, seconds, setpoints.get(), setpoints.get() / (double) seconds,
                requests.size() / every, activations.get(), activations.get() / (double) seconds, failures.get(),
                pct(sorted, 0.5), pct(sorted, 0.99), sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1000.0);
        if (checkAnswers) {
            reportAnswers(api, new ArrayList<>(setpointIds));
        }
    }

    /**
     * What the issuing node recorded of the devices' answers ({@code GET .../setpoints/{id}}): per status, per peer the
     * activation was forwarded to, and the round trip (issued to answer recorded here). Waits first, so that the last
     * setpoints' answers (or their validity) have passed.
     */
    private static void reportAnswers(String api, List<String> setpointIds) throws Exception {
        Thread.sleep(10_000);
        java.util.Map<String, Long> byStatus = new java.util.TreeMap<>();
        java.util.Map<String, Long> byPeer = new java.util.TreeMap<>();
        List<Long> roundTripMicros = new ArrayList<>();
        long late = 0;
        for (String id : setpointIds) {
            JsonArray answers = Json.createReader(new StringReader(send("GET", api + "/activation/tenants/ELIA/setpoints/"
                    + id, null, 200))).readArray();
            for (int i = 0; i < answers.size(); i++) {
                JsonObject a = answers.getJsonObject(i);
                byStatus.merge(a.getString("status"), 1L, Long::sum);
                byPeer.merge(!a.containsKey("forwardedTo") || a.isNull("forwardedTo") ? "(local)" : a.getString("forwardedTo"),
                        1L, Long::sum);
                if (a.containsKey("roundTripMs") && !a.isNull("roundTripMs")) {
                    roundTripMicros.add(Math.round(a.getJsonNumber("roundTripMs").doubleValue() * 1000));
                }
                if (a.getBoolean("late", false)) {
                    late++;
                }
            }
        }
        roundTripMicros.sort(null);
        System.out.printf(Locale.ROOT, "answers recorded at the issuing node for the %,d setpoints after the warm-up: by status %s, forwarded to %s,"
                + " late %d; round trip (issued -> answer recorded here) p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                setpointIds.size(), byStatus, byPeer, late, pct(roundTripMicros, 0.5), pct(roundTripMicros, 0.9),
                pct(roundTripMicros, 0.99), roundTripMicros.isEmpty() ? Double.NaN
                        : roundTripMicros.get(roundTripMicros.size() - 1) / 1000.0);
    }

    /** Waits until a traded period's book holds the expected number of offers; returns that period. */
    private static Instant awaitOffers(String api, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            JsonArray offers = Json.createReader(new StringReader(send("GET", api + "/tenants/ELIA/offers", null, 200))).readArray();
            java.util.Map<Instant, Long> perPeriod = new java.util.TreeMap<>();
            Instant soon = Instant.now().plusSeconds(30); // a period whose gate closes within 30 s is of no use
            for (int i = 0; i < offers.size(); i++) {
                Instant period = Instant.parse(offers.getJsonObject(i).getString("periodStart"));
                if (period.isAfter(soon)) {
                    perPeriod.merge(period, 1L, Long::sum);
                }
            }
            for (var e : perPeriod.entrySet()) {
                if (e.getValue() >= expected) {
                    return e.getKey();
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not " + expected + " offers for one traded period: " + perPeriod);
            }
            System.out.printf("waiting for offers: %s of %,d per traded period%n", perPeriod, expected);
            Thread.sleep(5000);
        }
    }

    private static double pct(List<Long> sortedMicros, double q) {
        return sortedMicros.isEmpty() ? Double.NaN
                : sortedMicros.get((int) Math.min(sortedMicros.size() - 1, Math.floor(q * sortedMicros.size()))) / 1000.0;
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", TSO).GET().build();
    }

    private static String send(String method, String url, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", TSO)
                .header("Content-Type", "application/json");
        b = body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static String arg(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return fallback;
    }
}

package org.gridflex.bench;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;

/**
 * Load generator of bench/planning-rate.sh: registers {@code assets} assets for every TSO the node serves, then JMS
 * producers publish AssetCapacityForecast_v1 schedules for them round-robin (no TenantId: the node looks the TSO up),
 * each message a new schedule so that each one is stored. Every 5 s it reads the node's intake counters; after the
 * warm-up it prints the stored rate per window (median, p10, p90), per TSO, the dead letters and the server's CPU.
 *
 * <p>Arguments: {@code api=<base> port=<http port> assets= seconds= warmup= producers= points= backlog= serverPid=}.
 */
public final class PlanningRateBenchmark {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin-pw".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String api = arg(args, "api", "http://127.0.0.1:8680/gridflex/api");
        int port = Integer.parseInt(arg(args, "port", "8680"));
        int assetsPerTenant = Integer.parseInt(arg(args, "assets", "20"));
        int seconds = Integer.parseInt(arg(args, "seconds", "120"));
        int warmup = Integer.parseInt(arg(args, "warmup", "60"));
        int producers = Integer.parseInt(arg(args, "producers", "4"));
        int points = Integer.parseInt(arg(args, "points", "4"));
        long backlog = Long.parseLong(arg(args, "backlog", "20000"));
        long serverPid = Long.parseLong(arg(args, "serverPid", "0"));

        List<String> tenants = tenants(api);
        List<String> assets = new ArrayList<>();
        for (String tenant : tenants) {
            for (int i = 0; i < assetsPerTenant; i++) {
                String id = tenant + "-" + i;
                post(api + "/planning/tenants/" + tenant + "/assets", "{\"assetIdentifierCodingScheme\":\"BENCH\","
                        + "\"assetIdentifier\":\"" + id + "\",\"kind\":\"GENERATOR\",\"ratedMinMw\":0,\"ratedMaxMw\":10}");
                assets.add(id);
            }
        }
        System.out.printf(Locale.ROOT, "%d TSOs (%s), %d assets; %d producers, %d points a message, %d s (%d s warm-up)%n",
                tenants.size(), String.join(",", tenants), assets.size(), producers, points, seconds, warmup);

        AtomicLong sent = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        long[] stored = {storedTotal(api)};
        long storedAtStart = stored[0];
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port
                + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
        List<Thread> threads = new ArrayList<>();
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        for (int p = 0; p < producers; p++) {
            int producer = p;
            Thread t = new Thread(() -> produce(factory, assets, producer, producers, points, day, sent, running,
                    () -> sent.get() - (stored[0] - storedAtStart) > backlog), "producer-" + p);
            t.start();
            threads.add(t);
        }

        List<Double> rates = new ArrayList<>();
        long start = System.nanoTime();
        long previous = stored[0];
        CpuSample cpuBefore = null;
        long storedAfterWarmup = 0;
        for (int window = 1; window * 5 <= seconds; window++) {
            Thread.sleep(5000);
            stored[0] = storedTotal(api);
            double rate = (stored[0] - previous) / 5.0;
            previous = stored[0];
            long elapsed = (System.nanoTime() - start) / 1_000_000_000L;
            boolean measured = elapsed > warmup;
            if (measured) {
                rates.add(rate);
                if (cpuBefore == null) {
                    cpuBefore = CpuSample.take(serverPid);
                    storedAfterWarmup = stored[0];
                }
            }
            System.out.printf(Locale.ROOT, "%4d s  stored %7.0f/s  sent %9d  stored %9d  backlog %7d%s%n", elapsed, rate,
                    sent.get(), stored[0] - storedAtStart, sent.get() - (stored[0] - storedAtStart),
                    measured ? "" : "  (warm-up)");
        }
        CpuSample cpuAfter = CpuSample.take(serverPid);
        running.set(false);
        for (Thread t : threads) {
            t.join(10_000);
        }
        factory.close();

        rates.sort(null);
        double wall = (cpuAfter.nanos() - (cpuBefore == null ? cpuAfter.nanos() : cpuBefore.nanos())) / 1e9;
        System.out.println();
        System.out.printf(Locale.ROOT, "planning messages stored across %d TSOs: median %.0f/s, p10 %.0f/s, p90 %.0f/s"
                + " over %d windows of 5 s (target: at least 2,000/s)%n", tenants.size(), pct(rates, 0.5),
                pct(rates, 0.1), pct(rates, 0.9), rates.size());
        if (cpuBefore != null && wall > 0) {
            double serverCores = (cpuAfter.server() - cpuBefore.server()) / cpuAfter.ticksPerSecond() / wall;
            double machine = (cpuAfter.machineBusy() - cpuBefore.machineBusy()) / cpuAfter.ticksPerSecond() / wall;
            double perMessage = serverCores * wall * 1000 / Math.max(1, stored[0] - storedAfterWarmup);
            System.out.printf(Locale.ROOT, "server CPU %.2f cores (machine %.2f of %d), %.2f ms CPU per stored message%n",
                    serverCores, machine, Runtime.getRuntime().availableProcessors(), perMessage);
        }
        System.out.println("intake counters per TSO: " + get(api + "/planning/intake"));
    }

    private static void produce(ActiveMQConnectionFactory factory, List<String> assets, int producer, int producers,
            int points, Instant day, AtomicLong sent, AtomicBoolean running, java.util.function.BooleanSupplier full) {
        try (JMSContext context = factory.createContext("planning-feed", "planning-feed-pw", JMSContext.SESSION_TRANSACTED)) {
            Topic topic = ActiveMQDestination.createTopic("jms.topic.AssetCapacityForecast_v1");
            JMSProducer jms = context.createProducer();
            long n = producer;
            while (running.get()) {
                if (full.getAsBoolean()) {
                    Thread.sleep(20);
                    continue;
                }
                for (int i = 0; i < 50; i++, n += producers) {
                    String asset = assets.get((int) (n % assets.size()));
                    // a new start per message (n-th quarter-hour from the day), so every message is a schedule of its own
                    Instant start = day.plus(Duration.ofMinutes(15L * (n / assets.size()) * points));
                    jms.setProperty("key", "{\"assetIdentifierCodingScheme\":\"BENCH\",\"assetIdentifier\":\"" + asset + "\"}");
                    jms.send(topic, schedule(asset, start, points));
                }
                context.commit();
                sent.addAndGet(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }

    private static String schedule(String asset, Instant start, int points) {
        StringBuilder body = new StringBuilder("{\"assetIdentifierCodingScheme\":\"BENCH\",\"assetIdentifier\":\"")
                .append(asset).append("\",\"points\":[");
        for (int i = 0; i < points; i++) {
            Instant s = start.plus(Duration.ofMinutes(15L * i));
            body.append(i == 0 ? "" : ",").append("{\"start\":\"").append(s).append("\",\"end\":\"")
                    .append(s.plus(Duration.ofMinutes(15))).append("\",\"minMw\":0,\"maxMw\":").append(5 + i % 5).append('}');
        }
        return body.append("]}").toString();
    }

    private static List<String> tenants(String api) throws Exception {
        String node = get(api + "/node");
        var json = jakarta.json.Json.createReader(new StringReader(node)).readObject();
        return json.getJsonArray("tenants").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static long storedTotal(String api) throws Exception {
        var counters = jakarta.json.Json.createReader(new StringReader(get(api + "/planning/intake"))).readObject();
        long total = 0;
        for (String tenant : counters.keySet()) {
            var of = counters.getJsonObject(tenant);
            total += of.containsKey("STORED") ? of.getJsonNumber("STORED").longValue() : 0;
        }
        return total;
    }

    private static double pct(List<Double> sorted, double q) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", ADMIN).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static void post(String url, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", ADMIN)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
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

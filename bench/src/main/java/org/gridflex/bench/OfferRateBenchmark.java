package org.gridflex.bench;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientExecutorConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load generator for the sustained rate of offer updates a node accepts over MQTT. Registers D devices over REST,
 * connects one MQTT 3.1.1 client per device (own credentials, a small shared Netty event loop), subscribes each to
 * its {@code gridflex/devices/<id>/acks} and then, for a fixed time, publishes offers (QoS 1, versions 1, 2, 3, ...)
 * for one delivery period on {@code gridflex/devices/<id>/offers}, keeping at most {@code inflight} offers per device
 * without an ack. Counts the acks per second of arrival ({@code ACCEPTED}, {@code REFUSED} by reason) and the time
 * from publishing to the ack of each accepted version.
 *
 * <p>Arguments (all optional): {@code api=http://127.0.0.1:8080/gridflex/api mqtt=127.0.0.1:1884 devices=1000
 * first=0 prefix=rate seconds=150 warmup=90 inflight=1 threads=2 ackQos=1 timeout=10 startAt=<epoch ms>
 * serverPid=<pid> out=<file>}. Several processes with disjoint {@code first..first+devices} ranges and the same
 * {@code startAt} can load one server together; {@code merge <file>...} then adds up their {@code out} files.
 */
public final class OfferRateBenchmark {

    private static final String[] TENANTS = {"ELIA", "TENNETNL", "TENNETDE", "AMPRION", "50HERTZ", "TRANSNETBW", "RTE"};
    /** Latency histogram resolution: 100 microseconds, up to 60 s. */
    private static final int LATENCY_BUCKETS = 600_000;
    private static final long BUCKET_NANOS = 100_000;

    private final String api;
    private final String mqttHost;
    private final int mqttPort;
    private final int deviceCount;
    private final int first;
    private final String prefix;
    private final int seconds;
    private final int warmup;
    private final int inflight;
    private final int threads;
    private final MqttQos ackQos;
    private final long timeoutNanos;
    private final long serverPid;

    private final AtomicLongArray acceptedPerSecond;
    private final AtomicLongArray refusedPerSecond;
    private final AtomicLongArray latency = new AtomicLongArray(LATENCY_BUCKETS);
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final LongAdder acceptedLate = new LongAdder();
    private final LongAdder refusedLate = new LongAdder();
    private final LongAdder timedOut = new LongAdder();
    private final LongAdder publishFailures = new LongAdder();
    private final LongAdder published = new LongAdder();
    private volatile boolean running;
    private volatile long startMillis;
    private volatile long startNanos;

    private OfferRateBenchmark(String[] args) {
        api = arg(args, "api", "http://127.0.0.1:8080/gridflex/api");
        String mqtt = arg(args, "mqtt", "127.0.0.1:1884");
        mqttHost = mqtt.substring(0, mqtt.lastIndexOf(':'));
        mqttPort = Integer.parseInt(mqtt.substring(mqtt.lastIndexOf(':') + 1));
        deviceCount = Integer.parseInt(arg(args, "devices", "1000"));
        first = Integer.parseInt(arg(args, "first", "0"));
        prefix = arg(args, "prefix", "rate");
        seconds = Integer.parseInt(arg(args, "seconds", "150"));
        warmup = Integer.parseInt(arg(args, "warmup", "90"));
        inflight = Integer.parseInt(arg(args, "inflight", "1"));
        threads = Integer.parseInt(arg(args, "threads", "2"));
        ackQos = "0".equals(arg(args, "ackQos", "1")) ? MqttQos.AT_MOST_ONCE : MqttQos.AT_LEAST_ONCE;
        timeoutNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(arg(args, "timeout", "10")));
        serverPid = Long.parseLong(arg(args, "serverPid", "0"));
        acceptedPerSecond = new AtomicLongArray(seconds);
        refusedPerSecond = new AtomicLongArray(seconds);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("merge")) {
            merge(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        OfferRateBenchmark bench = new OfferRateBenchmark(args);
        Result result = bench.run(Long.parseLong(arg(args, "startAt", "0")));
        String out = arg(args, "out", null);
        if (out != null) {
            result.write(Path.of(out));
        }
        result.print(bench.warmup);
        System.exit(0);
    }

    /** One simulated device: its client and the versions it has sent without an ack yet (version -> send time). */
    private final class Device {
        final String id;
        final String tenant;
        final String offersTopic;
        final TreeMap<Integer, Long> unacked = new TreeMap<>();
        Mqtt3AsyncClient client;
        int version;

        Device(int index) {
            id = prefix + "-" + index;
            tenant = TENANTS[index % TENANTS.length];
            offersTopic = "gridflex/devices/" + id + "/offers";
        }

        String password() {
            return id + "-bench-secret-pw";
        }

        /** Tops the device up to {@code inflight} unacknowledged offers. */
        void fill(String period) {
            while (true) {
                int v;
                synchronized (this) {
                    if (!running || unacked.size() >= inflight) {
                        return;
                    }
                    v = ++version;
                    unacked.put(v, System.nanoTime());
                }
                publish(period, v);
            }
        }

        private void publish(String period, int v) {
            String payload = "{\"tenant\":\"" + tenant + "\",\"period\":\"" + period + "\",\"direction\":\""
                    + ((v & 1) == 0 ? "UP" : "DOWN") + "\",\"powerKw\":" + (1 + v % 50) + ",\"priceEurPerMwh\":"
                    + (40 + v % 200) + ",\"version\":" + v + "}";
            published.increment();
            client.publish(Mqtt3Publish.builder().topic(offersTopic).qos(MqttQos.AT_LEAST_ONCE)
                            .payload(payload.getBytes(StandardCharsets.UTF_8)).build())
                    .whenComplete((ignored, failure) -> {
                        if (failure != null) {
                            publishFailures.increment();
                            synchronized (this) {
                                unacked.remove(v);
                            }
                        }
                    });
        }

        /** An ack arrived: settles the version it answers (or the oldest one if a refusal names none). */
        void acked(String json, String period) {
            long now = System.nanoTime();
            boolean accepted = json.contains("\"status\":\"ACCEPTED\"");
            Integer version = accepted ? intField(json, "\"version\":") : versionInDetail(json);
            Long sent;
            synchronized (this) {
                if (version != null && unacked.containsKey(version)) {
                    sent = unacked.remove(version);
                } else {
                    Map.Entry<Integer, Long> oldest = unacked.pollFirstEntry();
                    sent = oldest == null ? null : oldest.getValue();
                }
            }
            long second = (now - startNanos) / 1_000_000_000L;
            boolean measured = second >= 0 && second < seconds;
            if (accepted) {
                if (measured) {
                    acceptedPerSecond.incrementAndGet((int) second);
                    if (second >= warmup && sent != null) {
                        latency.incrementAndGet((int) Math.min(LATENCY_BUCKETS - 1, (now - sent) / BUCKET_NANOS));
                    }
                } else {
                    acceptedLate.increment();
                }
            } else {
                String reason = stringField(json, "\"reason\":\"");
                refusals.computeIfAbsent(reason == null ? "?" : reason, r -> new LongAdder()).increment();
                if (measured) {
                    refusedPerSecond.incrementAndGet((int) second);
                } else {
                    refusedLate.increment();
                }
            }
            fill(period);
        }

        /** Gives up on versions without an ack for too long, so that a lost ack does not stall the device. */
        void expire(long now, String period) {
            boolean expired = false;
            synchronized (this) {
                var it = unacked.values().iterator();
                while (it.hasNext()) {
                    if (now - it.next() > timeoutNanos) {
                        it.remove();
                        timedOut.increment();
                        expired = true;
                    }
                }
            }
            if (expired) {
                fill(period);
            }
        }

        synchronized int pending() {
            return unacked.size();
        }
    }

    private Result run(long startAt) throws Exception {
        List<Device> devices = new ArrayList<>(deviceCount);
        for (int i = first; i < first + deviceCount; i++) {
            devices.add(new Device(i));
        }
        long t0 = System.nanoTime();
        int[] registered = register(devices);
        System.out.printf("registered %,d devices over REST (%,d already there) in %.1f s%n", registered[0],
                registered[1], (System.nanoTime() - t0) / 1e9);

        String period = period(startAt);
        ExecutorService eventLoop = Executors.newFixedThreadPool(threads, daemon("mqtt-io"));
        MqttClientExecutorConfig executors = MqttClientExecutorConfig.builder()
                .nettyExecutor(eventLoop).nettyThreads(threads).build();
        t0 = System.nanoTime();
        connect(devices, executors, period);
        System.out.printf("connected and subscribed %,d MQTT clients (%d event-loop threads) in %.1f s%n",
                devices.size(), threads, (System.nanoTime() - t0) / 1e9);

        if (startAt > 0) {
            long wait = startAt - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }
        System.out.printf("load: %d s (first %d s warm-up), period %s, %d in flight per device, acks QoS %d%n",
                seconds, warmup, period, inflight, ackQos.getCode());
        startMillis = System.currentTimeMillis();
        startNanos = System.nanoTime();
        running = true;
        for (Device device : devices) {
            device.fill(period);
        }
        CpuSample before = null;
        for (int s = 1; s <= seconds; s++) {
            long next = startNanos + s * 1_000_000_000L;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                TimeUnit.NANOSECONDS.sleep(sleep);
            }
            long now = System.nanoTime();
            for (Device device : devices) {
                device.expire(now, period);
            }
            if (s == warmup) {
                before = CpuSample.take(serverPid);
            }
            System.out.printf("  t=%3d s  accepted %,7d/s  refused %,5d/s%n", s, acceptedPerSecond.get(s - 1),
                    refusedPerSecond.get(s - 1));
        }
        running = false;
        CpuSample after = CpuSample.take(serverPid);
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int pending;
        do {
            pending = devices.stream().mapToInt(Device::pending).sum();
            if (pending > 0) {
                Thread.sleep(100);
            }
        } while (pending > 0 && System.nanoTime() < drainUntil);

        Result result = new Result();
        for (int s = 0; s < seconds; s++) {
            result.accepted.add(acceptedPerSecond.get(s));
            result.refused.add(refusedPerSecond.get(s));
        }
        for (int b = 0; b < LATENCY_BUCKETS; b++) {
            result.latency[b] = latency.get(b);
        }
        refusals.forEach((reason, count) -> result.refusals.put(reason, count.sum()));
        result.other.put("published", published.sum());
        result.other.put("acceptedAfterEnd", acceptedLate.sum());
        result.other.put("refusedAfterEnd", refusedLate.sum());
        result.other.put("timedOut", timedOut.sum());
        result.other.put("publishFailures", publishFailures.sum());
        result.other.put("unackedAtExit", (long) pending);
        if (before != null) {
            double wall = (after.nanos() - before.nanos()) / 1e9;
            result.cpu.put("window", wall);
            result.cpu.put("machineBusyCores", (after.machineBusy() - before.machineBusy()) / after.ticksPerSecond() / wall);
            result.cpu.put("machineCores", (double) Runtime.getRuntime().availableProcessors());
            result.cpu.put("generatorCores", (after.self() - before.self()) / 1e9 / wall);
            if (serverPid > 0) {
                result.cpu.put("serverCores", (after.server() - before.server()) / after.ticksPerSecond() / wall);
            }
        }
        CompletableFuture.allOf(devices.stream().map(d -> d.client.disconnect().exceptionally(e -> null))
                .toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        eventLoop.shutdownNow();
        return result;
    }

    /**
     * The delivery period to offer for: the next 10-minute boundary (UTC), or the one after if the load (from its
     * start, after connecting, until its end) would come within 40 s of it; both are open for offers.
     */
    private String period(long startAt) {
        long length = 600;
        long now = Instant.now().getEpochSecond();
        long next = (now / length + 1) * length;
        long loadStart = Math.max(now + 15, startAt / 1000);
        long margin = (loadStart - now) + seconds + 40;
        if (next - now < margin) {
            next += length;
        }
        if (next - now < margin) {
            System.out.println("warning: the load outlasts the open period; offers after " + Instant.ofEpochSecond(next)
                    + " will be refused as WRONG_PERIOD (keep seconds below about 500)");
        }
        return Instant.ofEpochSecond(next).toString();
    }

    private int[] register(List<Device> devices) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder()
                .encodeToString("device-admin:device-admin-pw".getBytes(StandardCharsets.UTF_8));
        Semaphore parallel = new Semaphore(16);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger existing = new AtomicInteger();
        List<CompletableFuture<Void>> calls = new ArrayList<>();
        for (Device device : devices) {
            String body = "{\"deviceId\":\"" + device.id + "\",\"password\":\"" + device.password()
                    + "\",\"owner\":\"bench\",\"tenant\":\"" + device.tenant + "\",\"dso\":\"DSO-" + (device.id.hashCode() & 7)
                    + "\",\"gridArea\":\"AREA-" + (device.id.hashCode() & 15)
                    + "\",\"kind\":\"BATTERY\",\"maxUpKw\":1000000,\"maxDownKw\":1000000}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/devices"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            parallel.acquire();
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                parallel.release();
                if (failure != null) {
                    throw new IllegalStateException("Registering " + device.id + " failed", failure);
                }
                if (response.statusCode() == 201) {
                    created.incrementAndGet();
                } else if (response.statusCode() == 409) {
                    existing.incrementAndGet();
                } else {
                    throw new IllegalStateException("Registering " + device.id + ": HTTP " + response.statusCode()
                            + " " + response.body());
                }
                return null;
            }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        return new int[] {created.get(), existing.get()};
    }

    private void connect(List<Device> devices, MqttClientExecutorConfig executors, String period) throws Exception {
        Semaphore parallel = new Semaphore(32);
        List<CompletableFuture<?>> connections = new ArrayList<>();
        for (Device device : devices) {
            device.client = MqttClient.builder().useMqttVersion3()
                    .identifier(device.id)
                    .serverHost(mqttHost).serverPort(mqttPort)
                    .executorConfig(executors)
                    .simpleAuth().username(device.id)
                    .password(device.password().getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                    .buildAsync();
            parallel.acquire();
            connections.add(device.client.connectWith().cleanSession(true).keepAlive(120).send()
                    .thenCompose(connAck -> device.client.subscribeWith()
                            .topicFilter("gridflex/devices/" + device.id + "/acks").qos(ackQos)
                            .callback(publish -> device.acked(
                                    StandardCharsets.UTF_8.decode(publish.getPayload().orElseThrow()).toString(),
                                    period))
                            .send())
                    .whenComplete((ok, failure) -> parallel.release())
                    .exceptionally(failure -> {
                        throw new IllegalStateException("Device " + device.id + " could not connect", failure);
                    }));
        }
        CompletableFuture.allOf(connections.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
    }

    /** CPU counters: this process, the server's process (from /proc) and the whole machine. */
    /** What one generator measured, or the sum of several. */
    private static final class Result {
        final List<Long> accepted = new ArrayList<>();
        final List<Long> refused = new ArrayList<>();
        final long[] latency = new long[LATENCY_BUCKETS];
        final Map<String, Long> refusals = new TreeMap<>();
        final Map<String, Long> other = new TreeMap<>();
        final Map<String, Double> cpu = new TreeMap<>();

        void add(Result r) {
            for (int s = 0; s < r.accepted.size(); s++) {
                if (s < accepted.size()) {
                    accepted.set(s, accepted.get(s) + r.accepted.get(s));
                    refused.set(s, refused.get(s) + r.refused.get(s));
                } else {
                    accepted.add(r.accepted.get(s));
                    refused.add(r.refused.get(s));
                }
            }
            for (int b = 0; b < LATENCY_BUCKETS; b++) {
                latency[b] += r.latency[b];
            }
            r.refusals.forEach((k, v) -> refusals.merge(k, v, Long::sum));
            r.other.forEach((k, v) -> other.merge(k, v, Long::sum));
            // machine and server figures are the same for every generator; generator CPU adds up
            r.cpu.forEach((k, v) -> cpu.merge(k, v, (a, b) -> k.equals("generatorCores") ? a + b : Math.max(a, b)));
        }

        void write(Path file) throws IOException {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
                for (int s = 0; s < accepted.size(); s++) {
                    out.println("second," + s + "," + accepted.get(s) + "," + refused.get(s));
                }
                for (int b = 0; b < LATENCY_BUCKETS; b++) {
                    if (latency[b] > 0) {
                        out.println("latency," + b + "," + latency[b]);
                    }
                }
                refusals.forEach((k, v) -> out.println("refusal," + k + "," + v));
                other.forEach((k, v) -> out.println("other," + k + "," + v));
                cpu.forEach((k, v) -> out.println("cpu," + k + "," + v));
            }
        }

        static Result read(Path file) throws IOException {
            Result r = new Result();
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split(",");
                switch (f[0]) {
                    case "second" -> {
                        r.accepted.add(Long.parseLong(f[2]));
                        r.refused.add(Long.parseLong(f[3]));
                    }
                    case "latency" -> r.latency[Integer.parseInt(f[1])] = Long.parseLong(f[2]);
                    case "refusal" -> r.refusals.put(f[1], Long.parseLong(f[2]));
                    case "other" -> r.other.put(f[1], Long.parseLong(f[2]));
                    case "cpu" -> r.cpu.put(f[1], Double.parseDouble(f[2]));
                    default -> throw new IllegalArgumentException("Unknown line in " + file + ": " + line);
                }
            }
            return r;
        }

        void print(int warmup) {
            long[] rates = accepted.subList(Math.min(warmup, accepted.size()), accepted.size()).stream()
                    .mapToLong(Long::longValue).sorted().toArray();
            long acceptedTotal = accepted.stream().mapToLong(Long::longValue).sum();
            long refusedTotal = refused.stream().mapToLong(Long::longValue).sum();
            long measured = Arrays.stream(rates).sum();
            System.out.println();
            System.out.println("== Sustained rate of offer updates accepted over MQTT into one node"
                    + " (target: at least 20,000 per second) ==");
            System.out.printf("accepted per second over %d s after %d s warm-up: median %,d  p10 %,d  p90 %,d"
                            + "  (mean %,.0f, min %,d, max %,d)%n",
                    rates.length, warmup, percentile(rates, 50), percentile(rates, 10), percentile(rates, 90),
                    rates.length == 0 ? 0.0 : (double) measured / rates.length,
                    rates.length == 0 ? 0 : rates[0], rates.length == 0 ? 0 : rates[rates.length - 1]);
            System.out.printf("total in the %d s of load: %,d accepted, %,d refused %s%n", accepted.size(),
                    acceptedTotal, refusedTotal, refusals);
            System.out.printf("ack latency (publish -> ACCEPTED ack, after warm-up): p50 %.1f ms  p90 %.1f ms"
                    + "  p99 %.1f ms  max %.1f ms  (%,d samples)%n", latencyMs(50), latencyMs(90), latencyMs(99),
                    latencyMs(100), Arrays.stream(latency).sum());
            System.out.println("other counts: " + other);
            if (!cpu.isEmpty()) {
                System.out.printf("CPU over the measured window (%.0f s, %.0f cores): machine busy %.2f cores,"
                                + " server %.2f cores (%.0f%% of the busy CPU), generator(s) %.2f cores%n",
                        cpu.getOrDefault("window", 0.0), cpu.getOrDefault("machineCores", 0.0),
                        cpu.getOrDefault("machineBusyCores", 0.0), cpu.getOrDefault("serverCores", 0.0),
                        100 * cpu.getOrDefault("serverCores", 0.0) / Math.max(0.01, cpu.getOrDefault("machineBusyCores", 0.0)),
                        cpu.getOrDefault("generatorCores", 0.0));
            }
        }

        private double latencyMs(double p) {
            long total = Arrays.stream(latency).sum();
            if (total == 0) {
                return Double.NaN;
            }
            long rank = Math.max(1, (long) Math.ceil(total * p / 100.0));
            long seen = 0;
            for (int b = 0; b < LATENCY_BUCKETS; b++) {
                seen += latency[b];
                if (seen >= rank) {
                    return (b + 0.5) * BUCKET_NANOS / 1e6;
                }
            }
            return Double.NaN;
        }

        private static long percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(sorted.length * p / 100.0) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
        }
    }

    private static void merge(String[] files) throws IOException {
        Result sum = new Result();
        int warmup = 10;
        List<String> paths = new ArrayList<>();
        for (String f : files) {
            if (f.startsWith("warmup=")) {
                warmup = Integer.parseInt(f.substring(7));
            } else {
                paths.add(f);
            }
        }
        for (String path : paths) {
            sum.add(Result.read(Path.of(path)));
        }
        System.out.printf("sum of %d generator processes:%n", paths.size());
        sum.print(warmup);
    }

    private static Integer intField(String json, String key) {
        int i = json.indexOf(key);
        if (i < 0) {
            return null;
        }
        int start = i + key.length();
        int end = start;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return end > start ? Integer.valueOf(json.substring(start, end)) : null;
    }

    /** A refusal's detail names the refused version for stale ones ("version 7 is not newer than 9"). */
    private static Integer versionInDetail(String json) {
        return intField(json, "\"detail\":\"version ");
    }

    private static String stringField(String json, String key) {
        int i = json.indexOf(key);
        if (i < 0) {
            return null;
        }
        int end = json.indexOf('"', i + key.length());
        return end < 0 ? null : json.substring(i + key.length(), end);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
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

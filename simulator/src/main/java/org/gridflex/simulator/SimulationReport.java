package org.gridflex.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures of one simulator process, or the sum of several. The result file is CSV, one figure a line, so that
 * {@code merge} can add the files of the processes of one run: {@code format,gridflex-simulator-1},
 * {@code processes,<n>}, {@code count,<name>,<n>}, {@code latencyMaxMicros,<µs>} and
 * {@code latency,<bucket>,<n>} for each non-empty bucket of the {@link LatencyHistogram}.
 */
final class SimulationReport {

    static final String FORMAT = "gridflex-simulator-1";
    static final double[] PERCENTILES = {50, 90, 99, 99.9};

    private final int processes;
    private final Map<String, Long> counts;
    private final LatencyHistogram latency;

    SimulationReport(int processes, Map<String, Long> counts, LatencyHistogram latency) {
        this.processes = processes;
        this.counts = new TreeMap<>(counts);
        this.latency = latency;
    }

    long count(SimulationCounters.Count count) {
        return count(count.key);
    }

    long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    int processes() {
        return processes;
    }

    LatencyHistogram latency() {
        return latency;
    }

    /** Both processes' counts and latencies added up. */
    SimulationReport plus(SimulationReport other) {
        Map<String, Long> sum = new TreeMap<>(counts);
        other.counts.forEach((k, v) -> sum.merge(k, v, Long::sum));
        LatencyHistogram both = new LatencyHistogram();
        both.add(latency);
        both.add(other.latency);
        return new SimulationReport(processes + other.processes, sum, both);
    }

    void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            out.println("format," + FORMAT);
            out.println("processes," + processes);
            counts.forEach((k, v) -> out.println("count," + k + "," + v));
            out.println("latencyMaxMicros," + latency.maxMicros());
            for (int b = 0; b < LatencyHistogram.BUCKETS; b++) {
                long n = latency.bucketCount(b);
                if (n != 0) {
                    out.println("latency," + b + "," + n);
                }
            }
        }
    }

    static SimulationReport read(Path file) throws IOException {
        int processes = 0;
        boolean formatSeen = false;
        Map<String, Long> counts = new TreeMap<>();
        LatencyHistogram latency = new LatencyHistogram();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            switch (f[0]) {
                case "format" -> {
                    if (!FORMAT.equals(f[1])) {
                        throw new IOException(file + " is " + f[1] + ", not " + FORMAT);
                    }
                    formatSeen = true;
                }
                case "processes" -> processes = Integer.parseInt(f[1]);
                case "count" -> counts.merge(f[1], Long.parseLong(f[2]), Long::sum);
                case "latencyMaxMicros" -> latency.accumulateMaxMicros(Long.parseLong(f[1]));
                case "latency" -> latency.addToBucket(Integer.parseInt(f[1]), Long.parseLong(f[2]));
                default -> throw new IOException("Unknown line in " + file + ": " + line);
            }
        }
        if (!formatSeen) {
            throw new IOException(file + " is not a simulator result file (no format line)");
        }
        return new SimulationReport(processes, counts, latency);
    }

    /** One line of figures so far, printed every few seconds while the simulator runs. */
    String progressLine(long elapsedSeconds) {
        return String.format("t=%4d s  connected %,d  failed %,d  lost %,d | offers %,d sent  %,d accepted  %,d refused"
                        + " | activations %,d received  %,d verified  %,d refused | baselines %,d | latency p50 %s  p99 %s",
                elapsedSeconds, count(SimulationCounters.Count.CONNECTED), count(SimulationCounters.Count.CONNECT_FAILED),
                count(SimulationCounters.Count.CONNECTIONS_LOST), count(SimulationCounters.Count.OFFERS_SENT),
                count(SimulationCounters.Count.OFFERS_ACCEPTED), count(SimulationCounters.Count.OFFERS_REFUSED),
                count(SimulationCounters.Count.ACTIVATIONS_RECEIVED), count(SimulationCounters.Count.ACTIVATIONS_VERIFIED),
                count(SimulationCounters.Count.ACTIVATIONS_REFUSED), count(SimulationCounters.Count.BASELINES_SENT),
                millis(latency.percentileMillis(50)), millis(latency.percentileMillis(99)));
    }

    void print(PrintStream out) {
        out.println();
        out.printf("== GridFlex device simulator: %,d devices in %d process%s ==%n", count(SimulationCounters.Count.DEVICES),
                processes, processes == 1 ? "" : "es");
        out.printf("registration: %,d created, %,d already registered, %,d failed%n",
                count(SimulationCounters.Count.REGISTERED), count(SimulationCounters.Count.ALREADY_REGISTERED),
                count(SimulationCounters.Count.REGISTRATION_FAILED));
        out.printf("MQTT: %,d connected, %,d failed to connect, %,d connections lost%n",
                count(SimulationCounters.Count.CONNECTED), count(SimulationCounters.Count.CONNECT_FAILED),
                count(SimulationCounters.Count.CONNECTIONS_LOST));
        out.printf("offers: %,d sent (%,d publish failures), %,d accepted, %,d refused %s%n",
                count(SimulationCounters.Count.OFFERS_SENT), count(SimulationCounters.Count.OFFER_PUBLISH_FAILED),
                count(SimulationCounters.Count.OFFERS_ACCEPTED), count(SimulationCounters.Count.OFFERS_REFUSED),
                reasons(SimulationCounters.OFFER_REFUSAL));
        out.printf("activations: %,d received, %,d verified and acknowledged, %,d refused %s%n",
                count(SimulationCounters.Count.ACTIVATIONS_RECEIVED), count(SimulationCounters.Count.ACTIVATIONS_VERIFIED),
                count(SimulationCounters.Count.ACTIVATIONS_REFUSED), reasons(SimulationCounters.ACTIVATION_REFUSAL));
        out.printf("baselines: %,d sent (%,d publish failures)%n", count(SimulationCounters.Count.BASELINES_SENT),
                count(SimulationCounters.Count.BASELINE_PUBLISH_FAILED));
        StringBuilder line = new StringBuilder("activation latency (issuedAt to received, verified ones):");
        for (double p : PERCENTILES) {
            line.append(String.format("  p%s %s", p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p),
                    millis(latency.percentileMillis(p))));
        }
        line.append(String.format("  max %s  (%,d samples", millis(latency.maxMillis()), latency.count()));
        long warmup = count(SimulationCounters.Count.ACTIVATIONS_IN_WARMUP);
        line.append(warmup > 0 ? String.format("; %,d more in the warm-up, not measured)", warmup) : ")");
        out.println(line);
    }

    private Map<String, Long> reasons(String prefix) {
        return counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toMap(e -> e.getKey().substring(prefix.length()), Map.Entry::getValue,
                        Long::sum, TreeMap::new));
    }

    private static String millis(double ms) {
        return Double.isNaN(ms) ? "-" : String.format("%.3f ms", ms);
    }
}

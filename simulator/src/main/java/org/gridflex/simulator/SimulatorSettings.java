package org.gridflex.simulator;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's command line, {@code key=value} pairs; {@link DeviceSimulator} documents each key and its default.
 * An unknown key or a value out of range fails at once, before any device is started.
 */
record SimulatorSettings(URI api, String mqttHost, int mqttPort, int devices, int first, String prefix, String tenant,
        boolean register, boolean reuse, List<InetAddress> sources, int nettyThreads, int verifyThreads,
        int rampPerSecond, boolean offers, int updates, long seconds, int progressSeconds, Path out, long seed,
        int areaSize, boolean checkRootsOnce, int warmupSeconds) {

    static final Set<String> KEYS = Set.of("api", "mqtt", "devices", "first", "prefix", "tenant", "register", "reuse",
            "sources", "nettyThreads", "verifyThreads", "rampPerSecond", "offers", "updates", "seconds",
            "progressSeconds", "out", "seed", "areaSize", "checkRootsOnce", "warmupSeconds");

    SimulatorSettings {
        sources = List.copyOf(sources);
        require(devices >= 0, "devices must be 0 or more");
        require(first >= 0, "first must be 0 or more");
        require(!prefix.isBlank() && prefix.matches("[A-Za-z0-9_.-]+"), "prefix must be letters, digits, '_', '.' or '-'");
        require(mqttPort > 0 && mqttPort < 65536, "mqtt port out of range");
        require(nettyThreads >= 1, "nettyThreads must be 1 or more");
        require(verifyThreads >= 1, "verifyThreads must be 1 or more");
        require(rampPerSecond >= 1, "rampPerSecond must be 1 or more");
        require(updates >= 0 && updates < OfferSchedule.MAX_VERSIONS, "updates must be 0..9 (at most 10 versions per period)");
        require(seconds >= 0, "seconds must be 0 (until Ctrl-C) or more");
        require(progressSeconds >= 1, "progressSeconds must be 1 or more");
        require(areaSize >= 0, "areaSize must be 0 (one area) or more");
        require(warmupSeconds >= 0, "warmupSeconds must be 0 or more");
    }

    static SimulatorSettings parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Arguments are key=value, not '" + arg + "'");
            }
            String key = arg.substring(0, eq);
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("Unknown argument '" + key + "'; known: " + String.join(", ", KEYS.stream().sorted().toList()));
            }
            values.put(key, arg.substring(eq + 1));
        }
        String mqtt = values.getOrDefault("mqtt", "127.0.0.1:1883");
        int colon = mqtt.lastIndexOf(':');
        require(colon > 0, "mqtt is host:port, not '" + mqtt + "'");
        String out = values.get("out");
        return new SimulatorSettings(
                URI.create(stripSlash(values.getOrDefault("api", "http://127.0.0.1:8080/gridflex/api"))),
                mqtt.substring(0, colon),
                integer("mqtt port", mqtt.substring(colon + 1)),
                integer("devices", values.getOrDefault("devices", "1000")),
                integer("first", values.getOrDefault("first", "0")),
                values.getOrDefault("prefix", "sim"),
                values.getOrDefault("tenant", "ELIA"),
                bool(values, "register", "false"),
                bool(values, "reuse", "false"),
                addresses(values.getOrDefault("sources", "")),
                integer("nettyThreads", values.getOrDefault("nettyThreads", "2")),
                integer("verifyThreads", values.getOrDefault("verifyThreads",
                        Integer.toString(Runtime.getRuntime().availableProcessors()))),
                integer("rampPerSecond", values.getOrDefault("rampPerSecond", "500")),
                bool(values, "offers", "true"),
                integer("updates", values.getOrDefault("updates", "3")),
                integer("seconds", values.getOrDefault("seconds", "0")),
                integer("progressSeconds", values.getOrDefault("progressSeconds", "5")),
                out == null || out.isBlank() ? null : Path.of(out),
                Long.parseLong(values.getOrDefault("seed", "1")),
                integer("areaSize", values.getOrDefault("areaSize", "0")),
                bool(values, "checkRootsOnce", "true"),
                integer("warmupSeconds", values.getOrDefault("warmupSeconds", "0")));
    }

    /** The device id of the {@code n}-th device of this process, e.g. {@code sim-000001}. */
    String deviceId(int n) {
        return String.format("%s-%06d", prefix, first + n);
    }

    /**
     * The grid area device {@code n} is registered in: all in {@code AREA-1}, or with {@code areaSize} k consecutive
     * devices (by global index) per area {@code SIM-AREA-<index / k>}, so that a benchmark can make one flex request,
     * and so one bundle, per area.
     */
    String gridArea(int n) {
        return areaSize == 0 ? "AREA-1" : "SIM-AREA-" + (first + n) / areaSize;
    }

    /** The local address device {@code n} connects from: its global index spreads the fleet over all sources. */
    InetAddress sourceFor(int n) {
        return sources.isEmpty() ? null : sources.get((first + n) % sources.size());
    }

    private static int integer(String name, String text) {
        try {
            return Integer.parseInt(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + text + "'");
        }
    }

    private static boolean bool(Map<String, String> values, String name, String fallback) {
        String text = values.getOrDefault(name, fallback).trim().toLowerCase();
        return switch (text) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + text + "'");
        };
    }

    private static List<InetAddress> addresses(String text) {
        List<InetAddress> addresses = new ArrayList<>();
        for (String part : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            try {
                addresses.add(InetAddress.getByName(part));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("sources: unknown address '" + part + "'");
            }
        }
        return addresses;
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

package org.gridflex.planning.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A per-slot series of numbers as stored and shown: a JSON array, six decimals (1 W). */
public final class Series {

    private Series() {
    }

    public static String toJson(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.6f", v))
                .collect(Collectors.joining(",", "[", "]"));
    }

    public static double[] fromJson(String json) {
        String inner = json.trim();
        inner = inner.substring(1, inner.length() - 1).trim();
        if (inner.isEmpty()) {
            return new double[0];
        }
        return Arrays.stream(inner.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }
}

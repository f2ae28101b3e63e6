package org.gridflex.planning.optimization;

import java.util.Objects;
import java.util.Set;

/**
 * A grid constraint on the sum of the listed assets' power per slot: {@code -maxWithdrawalMw[t] <= sum p[t] <=
 * maxInjectionMw[t]}; NaN means no limit on that side in that slot. Both arrays have one entry per slot.
 */
public record CongestionLimit(String name, Set<String> assetIds, double[] maxInjectionMw, double[] maxWithdrawalMw) {

    public CongestionLimit {
        Objects.requireNonNull(name, "name");
        assetIds = Set.copyOf(assetIds);
        Objects.requireNonNull(maxInjectionMw, "maxInjectionMw");
        Objects.requireNonNull(maxWithdrawalMw, "maxWithdrawalMw");
        if (maxInjectionMw.length != maxWithdrawalMw.length) {
            throw new IllegalArgumentException(name + ": injection and withdrawal limits differ in length");
        }
    }

    /** The same limits in every slot. */
    public static CongestionLimit constant(String name, Set<String> assetIds, int slots, double maxInjectionMw,
            double maxWithdrawalMw) {
        return new CongestionLimit(name, assetIds, filled(slots, maxInjectionMw), filled(slots, maxWithdrawalMw));
    }

    private static double[] filled(int slots, double value) {
        double[] values = new double[slots];
        java.util.Arrays.fill(values, value);
        return values;
    }
}

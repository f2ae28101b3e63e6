package org.gridflex.planning.optimization;

import java.util.Arrays;
import java.util.Objects;

/**
 * Everything the optimizer knows about one asset for the horizon, one array entry per slot (all arrays have the
 * horizon's length). Power is signed: p &gt; 0 injects (produces, discharges), p &lt; 0 withdraws (consumes, charges).
 * The arrays are not copied: treat them as read-only once built.
 *
 * <ul>
 * <li>{@code availabilityFraction} 0..1 scales the capacity (default 1).</li>
 * <li>{@code capacityMinMw} / {@code capacityMaxMw}: the capacity forecast (required; storage and loads have a
 * negative minimum = the most they can withdraw).</li>
 * <li>{@code productionForecastMw}: upper bound of a renewable's injection (NaN = none, the default).</li>
 * <li>{@code curtailmentMaxMw}: upper bound on injection set by the grid operator (NaN = none, the default).</li>
 * <li>{@code reservedUpMw} / {@code reservedDownMw}: flex already reserved, headroom that must stay free above / below
 * the schedule (default 0). For storage this is power headroom only; its energy is not reserved.</li>
 * <li>{@code rampUpMwPerMin} / {@code rampDownMwPerMin}: largest change of power between two consecutive slots, per
 * minute of slot (NaN = unlimited, the default).</li>
 * <li>Storage only: {@code energyMinMwh} / {@code energyMaxMwh} (energy capacity forecast, required for storage; min
 * default 0), {@code initialStateOfEnergyPercent} 0..100 of the usable range of the first slot (0 % = energyMin,
 * 100 % = energyMax; default 50), {@code chargeEfficiency} / {@code dischargeEfficiency} (default 0.95).</li>
 * <li>{@code strikePriceEurPerMwh}: marginal cost of injecting (default 0).</li>
 * <li>{@code priceEurPerMwh}: expected market price for this asset (e.g. its sales plan); NaN (the default) = the
 * fleet's price curve.</li>
 * <li>{@code marketAllocationMw}: firm volume sold (&gt; 0) or bought (&lt; 0) that the schedule must deliver at
 * least: p &gt;= alloc when alloc &gt; 0, p &lt;= alloc when alloc &lt; 0 (default 0 = none).</li>
 * </ul>
 */
public record AssetPlanningInputs(String assetId, AssetKind kind, double[] availabilityFraction,
        double[] capacityMinMw, double[] capacityMaxMw, double[] productionForecastMw, double[] curtailmentMaxMw,
        double[] reservedUpMw, double[] reservedDownMw, double[] rampUpMwPerMin, double[] rampDownMwPerMin,
        double[] energyMinMwh, double[] energyMaxMwh, double initialStateOfEnergyPercent, double chargeEfficiency,
        double dischargeEfficiency, double[] strikePriceEurPerMwh, double[] priceEurPerMwh,
        double[] marketAllocationMw) {

    public static final double DEFAULT_EFFICIENCY = 0.95;

    public AssetPlanningInputs {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(kind, "kind");
        if (kind == AssetKind.STORAGE) {
            Objects.requireNonNull(energyMinMwh, assetId + ": energyMinMwh");
            Objects.requireNonNull(energyMaxMwh, assetId + ": energyMaxMwh");
            if (!(chargeEfficiency > 0 && chargeEfficiency <= 1 && dischargeEfficiency > 0
                    && dischargeEfficiency <= 1)) {
                throw new IllegalArgumentException(assetId + ": efficiencies must be in (0, 1]");
            }
            if (!(initialStateOfEnergyPercent >= 0 && initialStateOfEnergyPercent <= 100)) {
                throw new IllegalArgumentException(assetId + ": initial state of energy must be 0..100 %");
            }
        }
    }

    public boolean isStorage() {
        return kind == AssetKind.STORAGE;
    }

    /** The energy the store holds before the first slot, from the percentage of the first slot's usable range. */
    public double initialEnergyMwh() {
        return energyMinMwh[0] + initialStateOfEnergyPercent / 100 * (energyMaxMwh[0] - energyMinMwh[0]);
    }

    /** The array lengths that differ from {@code slots}, for the problem's validation; empty when all fit. */
    String lengthMismatch(int slots) {
        double[][] arrays = {availabilityFraction, capacityMinMw, capacityMaxMw, productionForecastMw,
                curtailmentMaxMw, reservedUpMw, reservedDownMw, rampUpMwPerMin, rampDownMwPerMin, strikePriceEurPerMwh,
                priceEurPerMwh, marketAllocationMw, energyMinMwh, energyMaxMwh};
        for (double[] array : arrays) {
            if (array != null && array.length != slots) {
                return assetId + ": an input has " + array.length + " slots, the horizon " + slots;
            }
        }
        return "";
    }

    public static Builder builder(String assetId, AssetKind kind, int slots) {
        return new Builder(assetId, kind, slots);
    }

    /** Builds inputs with the documented defaults; constants fill every slot, arrays are copied. */
    public static final class Builder {

        private final String assetId;
        private final AssetKind kind;
        private final int slots;
        private double[] availability;
        private double[] capacityMin;
        private double[] capacityMax;
        private double[] productionForecast;
        private double[] curtailmentMax;
        private double[] reservedUp;
        private double[] reservedDown;
        private double[] rampUp;
        private double[] rampDown;
        private double[] energyMin;
        private double[] energyMax;
        private double initialPercent = 50;
        private double chargeEfficiency = DEFAULT_EFFICIENCY;
        private double dischargeEfficiency = DEFAULT_EFFICIENCY;
        private double[] strike;
        private double[] price;
        private double[] allocation;

        private Builder(String assetId, AssetKind kind, int slots) {
            this.assetId = assetId;
            this.kind = kind;
            this.slots = slots;
        }

        public Builder availability(double fraction) {
            availability = filled(fraction);
            return this;
        }

        public Builder availability(double[] fractions) {
            availability = copy(fractions);
            return this;
        }

        public Builder capacity(double minMw, double maxMw) {
            capacityMin = filled(minMw);
            capacityMax = filled(maxMw);
            return this;
        }

        public Builder capacity(double[] minMw, double[] maxMw) {
            capacityMin = copy(minMw);
            capacityMax = copy(maxMw);
            return this;
        }

        public Builder productionForecast(double[] mw) {
            productionForecast = copy(mw);
            return this;
        }

        public Builder curtailmentMax(double mw) {
            curtailmentMax = filled(mw);
            return this;
        }

        public Builder curtailmentMax(double[] mw) {
            curtailmentMax = copy(mw);
            return this;
        }

        public Builder reserved(double upMw, double downMw) {
            reservedUp = filled(upMw);
            reservedDown = filled(downMw);
            return this;
        }

        public Builder reserved(double[] upMw, double[] downMw) {
            reservedUp = copy(upMw);
            reservedDown = copy(downMw);
            return this;
        }

        public Builder ramp(double upMwPerMin, double downMwPerMin) {
            rampUp = filled(upMwPerMin);
            rampDown = filled(downMwPerMin);
            return this;
        }

        public Builder ramp(double[] upMwPerMin, double[] downMwPerMin) {
            rampUp = copy(upMwPerMin);
            rampDown = copy(downMwPerMin);
            return this;
        }

        public Builder energy(double minMwh, double maxMwh) {
            energyMin = filled(minMwh);
            energyMax = filled(maxMwh);
            return this;
        }

        public Builder energy(double[] minMwh, double[] maxMwh) {
            energyMin = copy(minMwh);
            energyMax = copy(maxMwh);
            return this;
        }

        public Builder initialStateOfEnergyPercent(double percent) {
            initialPercent = percent;
            return this;
        }

        public Builder efficiency(double charge, double discharge) {
            chargeEfficiency = charge;
            dischargeEfficiency = discharge;
            return this;
        }

        public Builder strike(double eurPerMwh) {
            strike = filled(eurPerMwh);
            return this;
        }

        public Builder strike(double[] eurPerMwh) {
            strike = copy(eurPerMwh);
            return this;
        }

        public Builder price(double[] eurPerMwh) {
            price = copy(eurPerMwh);
            return this;
        }

        public Builder allocation(double[] mw) {
            allocation = copy(mw);
            return this;
        }

        public AssetPlanningInputs build() {
            if (capacityMin == null) {
                throw new IllegalStateException(assetId + ": the capacity forecast is required");
            }
            boolean storage = kind == AssetKind.STORAGE;
            if (storage && energyMax == null) {
                throw new IllegalStateException(assetId + ": a storage asset needs its energy capacity");
            }
            return new AssetPlanningInputs(assetId, kind, orFilled(availability, 1), capacityMin, capacityMax,
                    orFilled(productionForecast, Double.NaN), orFilled(curtailmentMax, Double.NaN),
                    orFilled(reservedUp, 0), orFilled(reservedDown, 0), orFilled(rampUp, Double.NaN),
                    orFilled(rampDown, Double.NaN), storage ? energyMin : null, storage ? energyMax : null,
                    initialPercent, chargeEfficiency, dischargeEfficiency, orFilled(strike, 0),
                    orFilled(price, Double.NaN), orFilled(allocation, 0));
        }

        private double[] orFilled(double[] values, double fallback) {
            return values != null ? values : filled(fallback);
        }

        private double[] filled(double value) {
            double[] values = new double[slots];
            Arrays.fill(values, value);
            return values;
        }

        private double[] copy(double[] values) {
            if (values.length != slots) {
                throw new IllegalArgumentException(assetId + ": " + values.length + " values for " + slots + " slots");
            }
            return values.clone();
        }
    }
}

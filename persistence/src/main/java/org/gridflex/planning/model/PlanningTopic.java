package org.gridflex.planning.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The planning topics GridFlex consumes, with the seed's names. Each message is a schedule of points
 * ({@code start}, {@code end} and one or two values named per topic) for one subject: an asset, or for congestion
 * restrictions a congestion area over several assets. {@link #reference} decides which stored schedule a newer message
 * replaces.
 */
public enum PlanningTopic {

    ASSET_AVAILABILITY("AssetAvailability_v2", "availability", null, 0, 1),
    PRODUCTION_FORECAST("AssetProductionForecast_v1", "mw", null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    CURTAILMENT_SCHEDULE("AssetCurtailmentSchedule_v1", "maxMw", null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    CAPACITY_FORECAST("AssetCapacityForecast_v1", "minMw", "maxMw", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    ENERGY_CAPACITY_FORECAST("AssetEnergyCapacityForecast_v1", "minMwh", "maxMwh", 0, Double.POSITIVE_INFINITY),
    FLEX_RESERVATION("AssetFlexReservation_v1", "upMw", "downMw", 0, Double.POSITIVE_INFINITY),
    RAMP_RATE_FORECAST("AssetRampRateForecast_v1", "upMwPerMin", "downMwPerMin", 0, Double.POSITIVE_INFINITY),
    STRIKE_PRICES("AssetStrikePrices_v1", "eurPerMwh", null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    FLEX_CAPACITY_CORRECTED("AssetFlexCapacityCorrected_v1", "upMw", "downMw", 0, Double.POSITIVE_INFINITY),
    CONGESTION_RESTRICTIONS("CongestionRestrictions_v1", "maxInjectionMw", "maxWithdrawalMw", 0, Double.POSITIVE_INFINITY),
    SALES_PLAN_AGGREGATED("AligneAssetSalesPlanAggregated_v1", "mw", "eurPerMwh", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    MARKET_ALLOCATION("AssetMarketAllocation_v1", "mw", "eurPerMwh", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    /** The battery's state of energy (seed: StateOfEnergyPercentage from Agro), 0..100 % of its usable range. */
    STATE_OF_ENERGY("AssetStateOfEnergy_v1", "stateOfEnergyPercentage", null, 0, 100);

    private final String topicName;
    private final String firstValue;
    private final String secondValue;
    private final double minValue;
    private final double maxValue;

    PlanningTopic(String topicName, String firstValue, String secondValue, double minValue, double maxValue) {
        this.topicName = topicName;
        this.firstValue = firstValue;
        this.secondValue = secondValue;
        this.minValue = minValue;
        this.maxValue = maxValue;
    }

    /** The JMS topic name, as in the seed. */
    public String topicName() {
        return topicName;
    }

    /** The JSON field of a point's (first) value. */
    public String firstValue() {
        return firstValue;
    }

    /** The JSON field of a point's second value, or null when the topic has one value. */
    public String secondValue() {
        return secondValue;
    }

    public boolean hasSecondValue() {
        return secondValue != null;
    }

    public boolean inRange(double value) {
        return Double.isFinite(value) && value >= minValue && value <= maxValue;
    }

    public String range() {
        return "[" + minValue + ", " + maxValue + "]";
    }

    /** Congestion restrictions name an area and the assets behind it; every other topic names one asset. */
    public boolean isAreaSchedule() {
        return this == CONGESTION_RESTRICTIONS;
    }

    /** Market allocations are identified by their own id (the message key); others by their subject and start. */
    public boolean isIdentifiedByKey() {
        return this == MARKET_ALLOCATION;
    }

    /** A measurement, not a schedule: one value at one instant, the latest one counts. */
    public boolean isMeasurement() {
        return this == STATE_OF_ENERGY;
    }

    public static Optional<PlanningTopic> named(String topicName) {
        return Arrays.stream(values()).filter(t -> t.topicName.equals(topicName)).findFirst();
    }
}

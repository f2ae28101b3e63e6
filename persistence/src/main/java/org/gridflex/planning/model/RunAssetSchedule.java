package org.gridflex.planning.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * What one optimizer run planned for one asset: its feasible power band (AssetFeasiblePowerSchedule) and its power
 * schedule (AssetPowerSchedule) per slot, plus the state of energy of storage. Series are stored as JSON arrays.
 */
@Entity
@Table(name = "RUN_ASSET_SCHEDULE")
@NamedQuery(name = RunAssetSchedule.OF_RUN, query = "SELECT s FROM RunAssetSchedule s WHERE s.runId = :run ORDER BY s.assetKey")
public class RunAssetSchedule {

    public static final String OF_RUN = "RunAssetSchedule.ofRun";

    @Id
    @Column(name = "ID", length = 170)
    private String id;

    @Column(name = "RUN_ID", nullable = false, length = 36)
    private String runId;

    @Column(name = "ASSET_KEY", nullable = false, length = 130)
    private String assetKey;

    @Lob
    @Column(name = "POWER_MW", nullable = false)
    private String powerMw;

    @Lob
    @Column(name = "FEASIBLE_MIN_MW", nullable = false)
    private String feasibleMinMw;

    @Lob
    @Column(name = "FEASIBLE_MAX_MW", nullable = false)
    private String feasibleMaxMw;

    @Lob
    @Column(name = "STATE_OF_ENERGY_MWH")
    private String stateOfEnergyMwh;

    protected RunAssetSchedule() {
    }

    public RunAssetSchedule(String runId, String assetKey, double[] powerMw, double[] feasibleMinMw,
            double[] feasibleMaxMw, double[] stateOfEnergyMwh) {
        this.id = runId + "/" + assetKey;
        this.runId = runId;
        this.assetKey = assetKey;
        this.powerMw = Series.toJson(powerMw);
        this.feasibleMinMw = Series.toJson(feasibleMinMw);
        this.feasibleMaxMw = Series.toJson(feasibleMaxMw);
        this.stateOfEnergyMwh = stateOfEnergyMwh == null ? null : Series.toJson(stateOfEnergyMwh);
    }

    public String runId() {
        return runId;
    }

    public String assetKey() {
        return assetKey;
    }

    public double[] powerMw() {
        return Series.fromJson(powerMw);
    }

    public double[] feasibleMinMw() {
        return Series.fromJson(feasibleMinMw);
    }

    public double[] feasibleMaxMw() {
        return Series.fromJson(feasibleMaxMw);
    }

    public double[] stateOfEnergyMwh() {
        return stateOfEnergyMwh == null ? null : Series.fromJson(stateOfEnergyMwh);
    }
}

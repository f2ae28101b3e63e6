package org.gridflex.planning.optimizer;

import org.gridflex.planning.model.RunAssetSchedule;

/** What a run planned for one asset, per slot of the run's horizon. */
public record AssetScheduleView(String assetKey, double[] powerMw, double[] feasibleMinMw, double[] feasibleMaxMw,
        double[] stateOfEnergyMwh) {

    static AssetScheduleView of(RunAssetSchedule s) {
        return new AssetScheduleView(s.assetKey(), s.powerMw(), s.feasibleMinMw(), s.feasibleMaxMw(), s.stateOfEnergyMwh());
    }
}

package org.gridflex.planning.model;

import java.util.Objects;
import org.gridflex.planning.optimization.AssetKind;

/** What an asset is and can do at most, as the asset service registers it. */
public record AssetRating(String name, AssetKind kind, double ratedMinMw, double ratedMaxMw, double energyCapacityMwh) {

    public AssetRating {
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(ratedMinMw) || !Double.isFinite(ratedMaxMw) || ratedMinMw > ratedMaxMw) {
            throw new IllegalArgumentException("ratedMinMw must not exceed ratedMaxMw");
        }
        if (!Double.isFinite(energyCapacityMwh) || energyCapacityMwh < 0) {
            throw new IllegalArgumentException("energyCapacityMwh must be zero or positive");
        }
        if (kind == AssetKind.STORAGE && energyCapacityMwh == 0) {
            throw new IllegalArgumentException("A storage asset has an energyCapacityMwh above zero");
        }
        if (name != null && name.length() > 200) {
            throw new IllegalArgumentException("name is longer than 200 characters");
        }
    }
}

package org.gridflex.planning.application;

import java.time.Instant;
import org.gridflex.planning.model.PlanningAsset;
import org.gridflex.planning.optimization.AssetKind;

/** An asset as the API shows it. */
public record AssetView(String assetIdentifierCodingScheme, String assetIdentifier, String tenantId, String name,
        AssetKind kind, double ratedMinMw, double ratedMaxMw, double energyCapacityMwh, Instant registeredAt) {

    static AssetView of(PlanningAsset asset) {
        var rating = asset.rating();
        return new AssetView(asset.key().codingScheme(), asset.key().identifier(), asset.tenant(), rating.name(),
                rating.kind(), rating.ratedMinMw(), rating.ratedMaxMw(), rating.energyCapacityMwh(), asset.registeredAt());
    }
}

package org.gridflex.market.bundling;

import java.util.List;
import org.gridflex.market.model.DeliveryPeriod;

/** The result of one bundler round for one delivery period: one bundle per open request, in request order. */
public record BundlingRound(long round, DeliveryPeriod period, List<Bundle> bundles) {
}

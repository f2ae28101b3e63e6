package org.gridflex.market.application;

import java.util.List;

/** One TSO's bundles of one round, announced after they were stored. */
public record BundlesMade(String tenant, long round, List<BundleView> bundles) {
}

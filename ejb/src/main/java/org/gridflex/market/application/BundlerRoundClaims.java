package org.gridflex.market.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.infinispan.Cache;

/**
 * Makes each bundler round run exactly once in the cluster: every node's timer fires, and the node whose claim on the
 * round number lands first in the replicated cache runs it. putIfAbsent is decided by the key's primary owner, so
 * exactly one claim wins; claims expire after an hour.
 */
@ApplicationScoped
public class BundlerRoundClaims {

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/bundler-rounds")
    Cache<String, String> claims;

    @Inject
    MarketSettings settings;

    public boolean claim(long round) {
        return claims.putIfAbsent("round-" + round, settings.nodeName(), 1, TimeUnit.HOURS) == null;
    }

    /** Which node ran a round, if any did (for operators and tests). */
    public String claimant(long round) {
        return claims.get("round-" + round);
    }
}

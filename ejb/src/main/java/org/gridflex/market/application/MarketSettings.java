package org.gridflex.market.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * Market settings from server configuration (system properties with these defaults):
 * {@code gridflex.market.period-minutes} (10), {@code gridflex.market.gate-closure-seconds} (0: the gate closes when
 * delivery starts), {@code gridflex.market.max-offer-versions} (10 versions of one offer per period, the seed's
 * figure), {@code gridflex.market.max-request-updates} (120), {@code gridflex.market.bundler-interval-ms} (5000) and
 * the node name WildFly runs as ({@code jboss.node.name}); the offer intake's {@code gridflex.market.intake.consumers}
 * (2 threads per node) and {@code gridflex.market.intake.batch} (500 messages at most per batch).
 */
@ApplicationScoped
public class MarketSettings {

    public Duration periodLength() {
        return Duration.ofMinutes(Long.getLong("gridflex.market.period-minutes", 10));
    }

    public Duration gateClosureLead() {
        return Duration.ofSeconds(Long.getLong("gridflex.market.gate-closure-seconds", 0));
    }

    public int maxOfferVersions() {
        return Integer.getInteger("gridflex.market.max-offer-versions", 10);
    }

    public int maxRequestUpdates() {
        return Integer.getInteger("gridflex.market.max-request-updates", 120);
    }

    public long bundlerIntervalMillis() {
        return Long.getLong("gridflex.market.bundler-interval-ms", 5000);
    }

    /** Consumer threads per node taking device offers off the DeviceOffers queue. */
    public int intakeConsumers() {
        return Integer.getInteger("gridflex.market.intake.consumers", 2);
    }

    /** The most device messages one consumer takes (and stores, and acknowledges) at once. */
    public int intakeBatch() {
        return Integer.getInteger("gridflex.market.intake.batch", 500);
    }

    public String nodeName() {
        return System.getProperty("jboss.node.name", "gridflex");
    }

    public Clock clock() {
        return Clock.systemUTC();
    }
}

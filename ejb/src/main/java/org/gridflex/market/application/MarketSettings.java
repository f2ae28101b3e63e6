package org.gridflex.market.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * Market settings from server configuration (system properties with these defaults):
 * {@code gridflex.market.period-minutes} (10) and the node name WildFly runs as ({@code jboss.node.name}).
 */
@ApplicationScoped
public class MarketSettings {

    public Duration periodLength() {
        return Duration.ofMinutes(Long.getLong("gridflex.market.period-minutes", 10));
    }

    public String nodeName() {
        return System.getProperty("jboss.node.name", "gridflex");
    }

    public Clock clock() {
        return Clock.systemUTC();
    }
}

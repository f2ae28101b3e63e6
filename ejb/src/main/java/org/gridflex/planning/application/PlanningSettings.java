package org.gridflex.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;

/**
 * Planning settings, from system properties (set them in the server configuration or with -D on ./run.sh):
 * {@code gridflex.planning.claimCheckBytes} (16384: schedules whose stored points exceed it are announced by
 * reference), {@code gridflex.optimizer.cron} (Quartz cron of every TSO's optimizer run, default hourly at :30;
 * {@code gridflex.optimizer.cron.<TSO>} overrides one TSO, "off" disables), {@code gridflex.optimizer.slotMinutes}
 * (15), {@code gridflex.optimizer.slots} (96) and {@code gridflex.optimizer.defaultPriceEurPerMwh} (50: the price of
 * slots for which no asset of the TSO has a sales plan).
 */
@ApplicationScoped
public class PlanningSettings {

    public Clock clock() {
        return Clock.systemUTC();
    }

    public int claimCheckBytes() {
        return Integer.getInteger("gridflex.planning.claimCheckBytes", 16_384);
    }

    public String optimizerCron(String tenant) {
        return System.getProperty("gridflex.optimizer.cron." + tenant,
                System.getProperty("gridflex.optimizer.cron", "0 30 * * * ?"));
    }

    public Duration optimizerSlot() {
        return Duration.ofMinutes(Integer.getInteger("gridflex.optimizer.slotMinutes", 15));
    }

    public int optimizerSlots() {
        return Integer.getInteger("gridflex.optimizer.slots", 96);
    }

    public double defaultPriceEurPerMwh() {
        return Double.parseDouble(System.getProperty("gridflex.optimizer.defaultPriceEurPerMwh", "50"));
    }

    public String nodeName() {
        return System.getProperty("jboss.node.name", "gridflex");
    }
}

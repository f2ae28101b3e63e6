package org.gridflex.market.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.Properties;

/** Starts the live-book eviction job every minute on this node (each node evicts its own view of the book). */
@Singleton
public class LiveBookEvictionSchedule {

    static final String JOB = "live-book-eviction";

    @Schedule(hour = "*", minute = "*", second = "5", persistent = false)
    void evict() {
        BatchRuntime.getJobOperator().start(JOB, new Properties());
    }
}

package org.gridflex.planning.scheduling;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.Semaphore;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ThreadPool;

/**
 * Quartz's worker threads taken from the server's default managed executor instead of threads of its own, so jobs run
 * with the application's context and the server sees and stops them. At most {@value #SIZE} jobs run at once.
 */
public class ManagedQuartzThreadPool implements ThreadPool {

    static final int SIZE = 2;
    static final String EXECUTOR = "java:jboss/ee/concurrency/executor/default";

    private final Semaphore free = new Semaphore(SIZE);
    private ManagedExecutorService executor;

    @Override
    public boolean runInThread(Runnable job) {
        free.acquireUninterruptibly();
        try {
            executor.execute(() -> {
                try {
                    job.run();
                } finally {
                    free.release();
                }
            });
            return true;
        } catch (RuntimeException rejected) {
            free.release();
            return false;
        }
    }

    @Override
    public int blockForAvailableThreads() {
        free.acquireUninterruptibly();
        free.release();
        return free.availablePermits();
    }

    @Override
    public int getPoolSize() {
        return SIZE;
    }

    @Override
    public void initialize() throws SchedulerConfigException {
        try {
            executor = (ManagedExecutorService) new InitialContext().lookup(EXECUTOR);
        } catch (NamingException e) {
            throw new SchedulerConfigException("No managed executor at " + EXECUTOR, e);
        }
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        // the executor belongs to the server
    }

    @Override
    public void setInstanceId(String schedInstId) {
    }

    @Override
    public void setInstanceName(String schedName) {
    }
}

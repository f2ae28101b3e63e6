package org.gridflex.planning.scheduling;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.quartz.spi.ThreadExecutor;

/** Runs Quartz's own scheduler loop on a thread of the server's default managed thread factory. */
public class ManagedQuartzThreadExecutor implements ThreadExecutor {

    static final String FACTORY = "java:jboss/ee/concurrency/factory/default";

    private ManagedThreadFactory factory;

    @Override
    public void initialize() {
        try {
            factory = (ManagedThreadFactory) new InitialContext().lookup(FACTORY);
        } catch (NamingException e) {
            throw new IllegalStateException("No managed thread factory at " + FACTORY, e);
        }
    }

    @Override
    public void execute(Thread thread) {
        Thread managed = factory.newThread(thread);
        managed.setName(thread.getName());
        managed.start();
    }
}

package org.gridflex.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * One JMSContext of the server's XA connection factory per transaction, shared by everything that sends in it and
 * closed when it completes: a batch of planning messages sends hundreds of messages, and a context per send would
 * cost a connection-manager round trip each. Outside a transaction every call gets a context the caller must close.
 */
@ApplicationScoped
public class TransactionalJms {

    private static final String KEY = TransactionalJms.class.getName();

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory broker;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The transaction's context; do not close it. */
    public JMSContext context() {
        if (transaction.getTransactionKey() == null || transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("TransactionalJms is for sends inside an active transaction");
        }
        JMSContext context = (JMSContext) transaction.getResource(KEY);
        if (context == null) {
            JMSContext created = broker.createContext();
            transaction.putResource(KEY, created);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    created.close();
                }
            });
            context = created;
        }
        return context;
    }
}

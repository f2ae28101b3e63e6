package org.gridflex.messaging;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Consumer threads that take a queue in batches, each thread with one long-lived transacted session (no XA): the
 * handler processes a batch and may send on the session; the messages are consumed and the sends go out in one
 * broker commit. A batch that fails is rolled back and its messages come again; a redelivered message is then taken
 * alone (it may be the one that failed its batch), so after the queue's delivery attempts a message that fails by
 * itself is dead-lettered while the rest flows. Handlers must therefore accept a message they have already processed
 * once (its effects were stored but the commit of the consumption was lost).
 */
public final class QueueBatchConsumers {

    /** Processes one batch; runs on a consumer thread, outside any JTA transaction. */
    @FunctionalInterface
    public interface Handler {
        void handle(List<Message> batch, JMSContext session);
    }

    private static final Logger LOG = Logger.getLogger(QueueBatchConsumers.class.getName());
    private static final long WAIT_MILLIS = 1000;

    private final String name;
    private final ConnectionFactory broker;
    private final Queue queue;
    private final IntSupplier batchSize;
    private final Handler handler;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> started = new ArrayList<>();

    public QueueBatchConsumers(String name, ConnectionFactory broker, Queue queue, IntSupplier batchSize,
            Handler handler) {
        this.name = name;
        this.broker = broker;
        this.queue = queue;
        this.batchSize = batchSize;
        this.handler = handler;
    }

    public void start(ManagedThreadFactory threads, int count) {
        for (int i = 0; i < count; i++) {
            Thread thread = threads.newThread(this::consume);
            thread.setName(name + "-" + i);
            thread.start();
            started.add(thread);
        }
    }

    public void stop() {
        running.set(false);
        for (Thread thread : started) {
            try {
                thread.join(WAIT_MILLIS * 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One consumer: a session of its own for as long as it runs, opened again after a broker failure. */
    private void consume() {
        while (running.get()) {
            try (JMSContext session = broker.createContext(JMSContext.SESSION_TRANSACTED);
                    JMSConsumer consumer = session.createConsumer(queue)) {
                while (running.get()) {
                    List<Message> batch = next(consumer, batchSize.getAsInt());
                    if (batch.isEmpty()) {
                        continue;
                    }
                    try {
                        handler.handle(batch, session);
                        session.commit();
                    } catch (RuntimeException e) {
                        session.rollback();
                        LOG.log(Level.FINE, name + ": a batch failed", e);
                        LOG.info(() -> name + ": a batch of " + batch.size() + " failed (" + e
                                + "); its messages come again one at a time");
                        pause(200);
                    }
                }
            } catch (JMSRuntimeException e) {
                if (running.get()) {
                    LOG.log(Level.WARNING, name + ": lost the broker session; reconnecting", e);
                    pause(1000);
                }
            }
        }
    }

    /** Up to {@code size} messages, waiting only for the first; a redelivered message comes alone or ends a batch. */
    private static List<Message> next(JMSConsumer consumer, int size) {
        List<Message> batch = new ArrayList<>();
        Message first = consumer.receive(WAIT_MILLIS);
        if (first == null) {
            return batch;
        }
        batch.add(first);
        if (redelivered(first)) {
            return batch;
        }
        while (batch.size() < size) {
            Message next = consumer.receiveNoWait();
            if (next == null) {
                break;
            }
            batch.add(next);
            if (redelivered(next)) {
                break;
            }
        }
        return batch;
    }

    private static boolean redelivered(Message message) {
        try {
            return message.propertyExists("JMSXDeliveryCount") && message.getIntProperty("JMSXDeliveryCount") > 1;
        } catch (JMSException e) {
            return true;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

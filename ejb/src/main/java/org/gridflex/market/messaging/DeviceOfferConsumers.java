package org.gridflex.market.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridflex.device.messaging.DeviceTopics;
import org.gridflex.market.application.DeviceOfferMessage;
import org.gridflex.market.application.MarketSettings;
import org.gridflex.market.application.OfferIntake;
import org.gridflex.market.application.OfferReceipt;
import org.gridflex.market.application.OfferRejections;
import org.gridflex.market.model.OfferRejection;

/**
 * The consumers of the offers and withdrawals devices publish over MQTT ({@code gridflex/devices/<id>/offers} and
 * {@code .../withdrawals}; the broker diverts all of them into the DeviceOffers queue, keeping the original address).
 *
 * <p>Each consumer thread holds one transacted broker session and takes the queue in batches of up to
 * {@code gridflex.market.intake.batch} (500) messages: {@link OfferIntake} stores a batch (one database transaction per
 * TSO), then the batch's acknowledgements to the devices are sent and the messages consumed in one broker commit. A
 * batch that fails is rolled back and comes again; redelivered messages are then taken one at a time, so a message
 * that fails by itself is isolated and, after the queue's delivery attempts, dead-lettered while the rest flows.
 * Nothing is lost: a message is consumed only after its offer is stored, and a stored offer delivered again is
 * answered as accepted (the intake recognises the repeat). Every node of a cluster runs the same consumers; they
 * compete for the messages.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeviceOfferConsumers {

    private static final Logger LOG = Logger.getLogger(DeviceOfferConsumers.class.getName());
    /** Artemis keeps the address a diverted message was sent to under this property. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    private static final long WAIT_MILLIS = 1000;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory broker;

    @Resource(lookup = "java:global/gridflex/jms/DeviceOffers")
    Queue deviceOffers;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    OfferIntake intake;

    @Inject
    OfferRejections rejections;

    @Inject
    MarketSettings settings;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> started = new ArrayList<>();

    @PostConstruct
    void start() {
        int consumers = settings.intakeConsumers();
        for (int i = 0; i < consumers; i++) {
            Thread thread = threads.newThread(this::consume);
            thread.setName("device-offers-" + i);
            thread.start();
            started.add(thread);
        }
        LOG.info(() -> consumers + " device offer consumers started, batches of up to " + settings.intakeBatch());
    }

    @PreDestroy
    void stop() {
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
                    JMSConsumer consumer = session.createConsumer(deviceOffers)) {
                JMSProducer acks = session.createProducer();
                while (running.get()) {
                    List<Message> batch = next(consumer, settings.intakeBatch());
                    if (batch.isEmpty()) {
                        continue;
                    }
                    try {
                        take(batch, session, acks);
                        session.commit();
                    } catch (RuntimeException e) {
                        session.rollback();
                        LOG.log(Level.FINE, "A batch of device offers failed", e);
                        LOG.info(() -> "A batch of " + batch.size() + " device offers failed (" + e
                                + "); its messages come again one at a time");
                        pause(200);
                    }
                }
            } catch (JMSRuntimeException e) {
                if (running.get()) {
                    LOG.log(Level.WARNING, "The device offer consumer lost its broker session; reconnecting", e);
                    pause(1000);
                }
            }
        }
    }

    /**
     * Up to {@code size} messages, waiting only for the first. A redelivered message may be the one that failed its
     * batch: it is taken alone when it comes first, and ends a batch otherwise.
     */
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

    private void take(List<Message> batch, JMSContext session, JMSProducer acks) {
        List<DeviceOfferMessage> messages = new ArrayList<>(batch.size());
        for (Message message : batch) {
            String address = addressOf(message);
            String deviceId = DeviceTopics.deviceOf(address).orElse(null);
            DeviceTopics.Kind kind = DeviceTopics.kindOf(address).orElse(null);
            if (deviceId == null || (kind != DeviceTopics.Kind.OFFER && kind != DeviceTopics.Kind.WITHDRAWAL)) {
                rejections.count(OfferRejection.MALFORMED);
                LOG.warning(() -> "Refused a message on " + address + ": not a device offer or withdrawal topic");
                continue;
            }
            messages.add(new DeviceOfferMessage(deviceId, kind == DeviceTopics.Kind.WITHDRAWAL, payloadOf(message)));
        }
        if (messages.isEmpty()) {
            return;
        }
        for (OfferReceipt receipt : intake.take(messages)) {
            BytesMessage ack = session.createBytesMessage();
            try {
                ack.writeBytes(OfferAcknowledgement.of(receipt));
            } catch (JMSException e) {
                throw new IllegalStateException("Cannot write an acknowledgement", e);
            }
            acks.send(DeviceTopics.topic(DeviceTopics.acksAddress(receipt.deviceId())), ack);
        }
    }

    private static boolean redelivered(Message message) {
        try {
            return message.propertyExists("JMSXDeliveryCount") && message.getIntProperty("JMSXDeliveryCount") > 1;
        } catch (JMSException e) {
            return true;
        }
    }

    /** The address the device published to: kept by the divert, or the destination if none was involved. */
    private static String addressOf(Message message) {
        try {
            String original = message.getStringProperty(ORIGINAL_ADDRESS);
            if (original != null) {
                return original;
            }
            Destination destination = message.getJMSDestination();
            return destination instanceof Topic topic ? topic.getTopicName() : String.valueOf(destination);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read the destination of a device message", e);
        }
    }

    private static byte[] payloadOf(Message message) {
        try {
            if (message instanceof BytesMessage bytes) {
                byte[] payload = new byte[(int) Math.min(bytes.getBodyLength(), OfferMessage.MAX_BYTES + 1L)];
                bytes.readBytes(payload);
                return payload;
            }
            if (message instanceof TextMessage text && text.getText() != null) {
                return text.getText().getBytes(StandardCharsets.UTF_8);
            }
            return new byte[0];
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a device message", e);
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

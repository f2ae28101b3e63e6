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
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.gridflex.device.messaging.DeviceMessages;
import org.gridflex.device.messaging.DeviceTopics;
import org.gridflex.market.application.DeviceOfferMessage;
import org.gridflex.market.application.MarketSettings;
import org.gridflex.market.application.OfferIntake;
import org.gridflex.market.application.OfferReceipt;
import org.gridflex.market.application.OfferRejections;
import org.gridflex.market.model.OfferRejection;
import org.gridflex.messaging.QueueBatchConsumers;

/**
 * The consumers of the offers and withdrawals devices publish over MQTT ({@code gridflex/devices/<id>/offers} and
 * {@code .../withdrawals}; the broker diverts all of them into the DeviceOffers queue, keeping the original address).
 *
 * <p>{@code gridflex.market.intake.consumers} threads per node take the queue in batches of up to
 * {@code gridflex.market.intake.batch} messages ({@link QueueBatchConsumers}): {@link OfferIntake} stores a batch
 * (one database transaction per TSO), then the batch's acknowledgements to the devices are sent and the messages
 * consumed in one broker commit. Nothing is lost: a message is consumed only after its offer is stored, and a stored
 * offer delivered again is answered as accepted (the intake recognises the repeat). Every node of a cluster runs the
 * same consumers; they compete for the messages.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeviceOfferConsumers {

    private static final Logger LOG = Logger.getLogger(DeviceOfferConsumers.class.getName());

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

    private QueueBatchConsumers consumers;

    @PostConstruct
    void start() {
        consumers = new QueueBatchConsumers("device-offers", broker, deviceOffers, settings::intakeBatch, this::take);
        consumers.start(threads, settings.intakeConsumers());
        LOG.info(() -> settings.intakeConsumers() + " device offer consumers started, batches of up to "
                + settings.intakeBatch());
    }

    @PreDestroy
    void stop() {
        consumers.stop();
    }

    private void take(List<Message> batch, JMSContext session) {
        List<DeviceOfferMessage> messages = new ArrayList<>(batch.size());
        for (Message message : batch) {
            String address = DeviceMessages.addressOf(message);
            String deviceId = DeviceTopics.deviceOf(address).orElse(null);
            DeviceTopics.Kind kind = DeviceTopics.kindOf(address).orElse(null);
            if (deviceId == null || (kind != DeviceTopics.Kind.OFFER && kind != DeviceTopics.Kind.WITHDRAWAL)) {
                rejections.count(OfferRejection.MALFORMED);
                LOG.warning(() -> "Refused a message on " + address + ": not a device offer or withdrawal topic");
                continue;
            }
            messages.add(new DeviceOfferMessage(deviceId, kind == DeviceTopics.Kind.WITHDRAWAL,
                    DeviceMessages.payloadOf(message, OfferMessage.MAX_BYTES)));
        }
        if (messages.isEmpty()) {
            return;
        }
        // Not journaled: a device resends a version it has no acknowledgement for, and the intake answers a stored
        // repeat as accepted, so an acknowledgement lost with a broker restart is sent again.
        JMSProducer acks = session.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
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
}

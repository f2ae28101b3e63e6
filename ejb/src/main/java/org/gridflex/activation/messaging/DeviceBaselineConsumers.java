package org.gridflex.activation.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.gridflex.activation.application.BaselineIntake;
import org.gridflex.activation.application.DeviceAnswer;
import org.gridflex.device.messaging.DeviceMessages;
import org.gridflex.device.messaging.DeviceTopics;
import org.gridflex.messaging.MessageDeferral;
import org.gridflex.messaging.QueueBatchConsumers;

/**
 * Devices' answers to activations, published on {@code gridflex/devices/<id>/baselines} and diverted by the broker
 * into the DeviceBaselines queue with their original address (the device id). Answers arrive in bursts — every
 * device of a setpoint answers within milliseconds — so 2 consumer threads per node take them in batches of up to
 * {@value #BATCH} ({@link QueueBatchConsumers}) and hand each batch to {@link BaselineIntake}, one transaction per TSO
 * instead of one per answer. Answers whose activation stays locked are put back on the queue for later
 * ({@link MessageDeferral}), in the batch's transaction, and the batch commits: a batch is never rolled back for them,
 * which would return the consumer's prefetched answers with it. An answer still waiting after
 * {@code gridflex.activation.answer-patience-seconds} (default 30) is dead-lettered.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeviceBaselineConsumers {

    static final int MAX_BYTES = 4096;
    static final int BATCH = 500;
    static final int CONSUMERS = 2;
    static final Duration DEFERRAL = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(DeviceBaselineConsumers.class.getName());

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory broker;

    @Resource(lookup = "java:global/gridflex/jms/DeviceBaselines")
    Queue deviceBaselines;

    @Resource(lookup = "java:global/gridflex/jms/DeadLetter")
    Queue deadLetter;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    BaselineIntake intake;

    private QueueBatchConsumers consumers;
    private MessageDeferral later;

    @PostConstruct
    void start() {
        later = new MessageDeferral(deviceBaselines, deadLetter, DEFERRAL,
                Duration.ofSeconds(Long.getLong("gridflex.activation.answer-patience-seconds", 30)));
        consumers = new QueueBatchConsumers("device-baselines", broker, deviceBaselines, () -> BATCH, this::take);
        consumers.start(threads, CONSUMERS);
    }

    @PreDestroy
    void stop() {
        consumers.stop();
    }

    private void take(List<Message> batch, JMSContext session) {
        Map<DeviceAnswer, Message> messages = new IdentityHashMap<>();
        List<BaselineIntake.Received> answers = new ArrayList<>(batch.size());
        for (Message message : batch) {
            String address = DeviceMessages.addressOf(message);
            String deviceId = DeviceTopics.deviceOf(address).orElse(null);
            if (deviceId == null || DeviceTopics.kindOf(address).orElse(null) != DeviceTopics.Kind.BASELINE) {
                LOG.warning(() -> "Ignored a message on " + address + ": not a device's baselines topic");
                continue;
            }
            DeviceAnswer answer = new DeviceAnswer(deviceId, DeviceMessages.payloadOf(message, MAX_BYTES));
            messages.put(answer, message);
            answers.add(new BaselineIntake.Received(answer, MessageDeferral.firstTakenAt(message)));
        }
        if (answers.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        for (BaselineIntake.Received busy : intake.take(answers)) {
            Message message = messages.get(busy.answer());
            later.defer(session, message, DeviceMessages.addressProperties(message), busy.arrived(), now,
                    "the activation answered by device " + busy.answer().deviceId() + " is locked");
        }
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.gridflex.activation.application.BaselineIntake;
import org.gridflex.activation.application.DeviceAnswer;
import org.gridflex.device.messaging.DeviceMessages;
import org.gridflex.device.messaging.DeviceTopics;
import org.gridflex.messaging.QueueBatchConsumers;

/**
 * Devices' answers to activations, published on {@code gridflex/devices/<id>/baselines} and diverted by the broker
 * into the DeviceBaselines queue with their original address (the device id). Answers arrive in bursts — every
 * device of a setpoint answers within milliseconds — so 2 consumer threads per node take them in batches of up to
 * {@value #BATCH} ({@link QueueBatchConsumers}) and hand each batch to {@link BaselineIntake}, one transaction per TSO
 * instead of one per answer.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeviceBaselineConsumers {

    static final int MAX_BYTES = 4096;
    static final int BATCH = 500;
    static final int CONSUMERS = 2;
    private static final Logger LOG = Logger.getLogger(DeviceBaselineConsumers.class.getName());

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory broker;

    @Resource(lookup = "java:global/gridflex/jms/DeviceBaselines")
    Queue deviceBaselines;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    BaselineIntake intake;

    private QueueBatchConsumers consumers;

    @PostConstruct
    void start() {
        consumers = new QueueBatchConsumers("device-baselines", broker, deviceBaselines, () -> BATCH, this::take);
        consumers.start(threads, CONSUMERS);
    }

    @PreDestroy
    void stop() {
        consumers.stop();
    }

    private void take(List<Message> batch, JMSContext session) {
        List<DeviceAnswer> answers = new ArrayList<>(batch.size());
        for (Message message : batch) {
            String address = DeviceMessages.addressOf(message);
            String deviceId = DeviceTopics.deviceOf(address).orElse(null);
            if (deviceId == null || DeviceTopics.kindOf(address).orElse(null) != DeviceTopics.Kind.BASELINE) {
                LOG.warning(() -> "Ignored a message on " + address + ": not a device's baselines topic");
                continue;
            }
            answers.add(new DeviceAnswer(deviceId, DeviceMessages.payloadOf(message, MAX_BYTES)));
        }
        if (!answers.isEmpty()) {
            intake.take(answers);
        }
    }
}

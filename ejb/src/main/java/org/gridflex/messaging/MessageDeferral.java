package org.gridflex.messaging;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Puts a message that a batch consumer cannot take yet back on its queue, for delivery after a delay, in the consumer's
 * own transaction: the batch then commits and nothing else of it comes again. Rolling the batch back instead would
 * also return every message the consumer had prefetched, and count a delivery attempt against each of them although
 * they never failed. A message still waiting after its patience (counted from when it was first taken) goes to the
 * dead-letter queue with the reason, in the same transaction.
 *
 * <p>The copy carries the body and only the properties the caller names (a broker's internal properties, such as a
 * duplicate id, must not be copied), plus when it was first taken and how often it was deferred.
 */
public final class MessageDeferral {

    /** Epoch milliseconds at which a consumer first took the message (the copy keeps the original's). */
    public static final String FIRST_TAKEN_AT = "GridFlexFirstTakenAt";
    static final String DEFERRALS = "GridFlexDeferrals";
    public static final String DEAD_LETTER_REASON = "GridFlexDeadLetterReason";

    private static final Logger LOG = Logger.getLogger(MessageDeferral.class.getName());

    private final Queue queue;
    private final Queue deadLetter;
    private final Duration delay;
    private final Duration patience;

    public MessageDeferral(Queue queue, Queue deadLetter, Duration delay, Duration patience) {
        this.queue = queue;
        this.deadLetter = deadLetter;
        this.delay = delay;
        this.patience = patience;
    }

    /** When a consumer first took this message: stamped on a deferred copy, otherwise {@code null}. */
    public static Instant firstTakenAt(Message message) {
        try {
            return message.propertyExists(FIRST_TAKEN_AT) ? Instant.ofEpochMilli(message.getLongProperty(FIRST_TAKEN_AT))
                    : null;
        } catch (JMSException e) {
            return null;
        }
    }

    /**
     * Sends the message again after the delay, or to the dead-letter queue once it has waited longer than the
     * patience since {@code firstTaken}; both in the session's transaction, which the caller commits.
     *
     * @param carried the original's properties the copy needs
     * @param why what the message waits for, for the log and the dead-letter reason
     * @return {@code true} if deferred, {@code false} if dead-lettered
     */
    public boolean defer(JMSContext session, Message message, Map<String, String> carried, Instant firstTaken,
            Instant now, String why) {
        try {
            Message copy = copyBody(session, message);
            for (Map.Entry<String, String> property : carried.entrySet()) {
                copy.setStringProperty(property.getKey(), property.getValue());
            }
            int deferrals = message.propertyExists(DEFERRALS) ? message.getIntProperty(DEFERRALS) : 0;
            copy.setLongProperty(FIRST_TAKEN_AT, firstTaken.toEpochMilli());
            copy.setIntProperty(DEFERRALS, deferrals + 1);
            Duration waited = Duration.between(firstTaken, now);
            if (waited.compareTo(patience) >= 0) {
                String reason = why + "; deferred " + deferrals + " times over " + waited.toMillis() + " ms";
                copy.setStringProperty(DEAD_LETTER_REASON, reason);
                session.createProducer().send(deadLetter, copy);
                LOG.warning(() -> "Dead-lettered a message of " + queue + ": " + reason);
                return false;
            }
            session.createProducer().setDeliveryDelay(delay.toMillis()).send(queue, copy);
            return true;
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot defer a message of " + queue, e);
        }
    }

    private static Message copyBody(JMSContext session, Message message) throws JMSException {
        if (message instanceof BytesMessage bytes) {
            bytes.reset(); // the consumer has read it
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            BytesMessage copy = session.createBytesMessage();
            copy.writeBytes(body);
            return copy;
        }
        if (message instanceof TextMessage text) {
            return session.createTextMessage(text.getText());
        }
        throw new IllegalArgumentException("Only bytes and text messages can be deferred, not " + message.getClass());
    }
}

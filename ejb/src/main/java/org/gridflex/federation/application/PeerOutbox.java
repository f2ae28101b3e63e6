package org.gridflex.federation.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;
import org.gridflex.activation.application.ActivationKeys;
import org.gridflex.federation.model.FederationMessageKind;
import org.gridflex.messaging.TransactionalJms;

/**
 * Puts messages for a peer into the local queue that the broker bridge to that peer drains
 * ({@code gridflex.federation.to.<peer>}): the bridge stores and forwards them, reconnects after outages and marks each
 * with a duplicate id, so the peer's broker takes every message once. The payload travels as the message's text,
 * with kind, sender, key id and signature as properties ({@link FederationMessageKind}, README "Federation").
 */
@Stateless
public class PeerOutbox {

    public static final String KIND = "GridFlexFederationKind";
    public static final String SENDER = "GridFlexFederationSender";
    public static final String KEY_ID = "GridFlexFederationKeyId";
    public static final String SIGNATURE = "GridFlexFederationSignature";

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory broker;

    @Inject
    TransactionalJms transactionalJms;

    @Inject
    FederationSettings settings;

    @Inject
    ActivationKeys keys;

    /** Sends at once, outside any transaction (offer batches, activations). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendNow(String peer, FederationMessageKind kind, String payload, boolean signed, boolean persistent) {
        try (JMSContext context = broker.createContext()) {
            send(context, peer, kind, payload, signed, persistent);
        }
    }

    /** Sends when the caller's transaction commits (a device's answer, consumed in the same transaction). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void sendOnCommit(String peer, FederationMessageKind kind, String payload) {
        send(transactionalJms.context(), peer, kind, payload, true, true);
    }

    private void send(JMSContext context, String peer, FederationMessageKind kind, String payload, boolean signed,
            boolean persistent) {
        try {
            String sender = settings.config().name();
            TextMessage message = context.createTextMessage(payload);
            message.setStringProperty(KIND, kind.name());
            message.setStringProperty(SENDER, sender);
            if (kind == FederationMessageKind.OFFERS) {
                // one message group: the peer's inbound hands all of a sender's offer batches to one consumer, in
                // order, while activations and answers are taken by any of its consumers at once
                message.setStringProperty("JMSXGroupID", "offers-" + sender);
            }
            if (signed) {
                message.setStringProperty(KEY_ID, keys.keyId());
                message.setStringProperty(SIGNATURE, keys.signForPeers(kind, sender, payload));
            }
            var queue = ActiveMQDestination.createQueue(FederationSettings.outboundAddress(peer));
            queue.setCreated(true); // the queue is configured (server-config); no broker query before each send
            context.createProducer().setDeliveryMode(persistent ? DeliveryMode.PERSISTENT : DeliveryMode.NON_PERSISTENT)
                    .send(queue, message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot send a " + kind + " message to peer " + peer, e);
        }
    }
}

package org.gridflex.federation.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.gridflex.federation.application.FederationInbound;
import org.gridflex.federation.application.PeerOutbox;

/**
 * Messages of peer installations, forwarded by their brokers' bridges into the queue FederationInbound. Several
 * sessions, so a peer's activations and answers are taken at once; a peer's offer batches travel in one message group
 * (set by the sending {@code PeerOutbox}), which the broker hands to one session, so they are applied in the order the
 * peer sent them. One call to {@link FederationInbound}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:global/gridflex/jms/FederationInbound"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class FederationInboundListener implements MessageListener {

    @Inject
    FederationInbound inbound;

    @Override
    public void onMessage(Message message) {
        try {
            String payload = message instanceof TextMessage text ? text.getText() : null;
            inbound.receive(message.getStringProperty(PeerOutbox.KIND), message.getStringProperty(PeerOutbox.SENDER),
                    message.getStringProperty(PeerOutbox.KEY_ID), message.getStringProperty(PeerOutbox.SIGNATURE),
                    payload);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a federation message", e);
        }
    }
}

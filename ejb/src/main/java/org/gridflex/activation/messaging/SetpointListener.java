package org.gridflex.activation.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Duration;
import java.util.logging.Logger;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;
import org.gridflex.activation.application.Activations;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/**
 * Setpoints of a TSO's load-frequency controller over JMS (queue ActivationSetpoints): {@code TenantId} property, body
 * {@code {"requestId":..,"setpointKw":..,"validitySeconds":4}}, and a JMSReplyTo where the devices' answers go. A
 * malformed or refused setpoint is logged and consumed: it would be stale by the time anyone fixed it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:global/gridflex/jms/ActivationSetpoints"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class SetpointListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(SetpointListener.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    Activations activations;

    @Inject
    TenantRegistry tenants;

    @Override
    public void onMessage(Message message) {
        try {
            TenantId tenant = tenants.require(message.getStringProperty("TenantId"));
            JsonObject body = JSON.createReader(new StringReader(((TextMessage) message).getText())).readObject();
            String requestId = ((JsonString) body.get("requestId")).getString();
            double setpointKw = ((JsonNumber) body.get("setpointKw")).doubleValue();
            double validity = body.get("validitySeconds") instanceof JsonNumber n ? n.doubleValue() : 4;
            String replyTo = message.getJMSReplyTo() instanceof ActiveMQDestination d ? d.getAddress() : null;
            // JMS callers act for the TSO as a whole: the broker's security-setting decides who may send here
            activations.activate(tenant, requestId, setpointKw, Duration.ofMillis(Math.round(validity * 1000)),
                    role -> true, replyTo);
        } catch (JMSException | RuntimeException e) {
            // a refusal leaves the transaction intact and the message is consumed; a failure that marked the
            // transaction for rollback is redelivered and finally dead-lettered
            LOG.warning(() -> "Setpoint message not carried out: " + e);
        }
    }
}

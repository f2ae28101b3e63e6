package org.gridflex.activation.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;
import org.gridflex.activation.model.Baseline;
import org.gridflex.activation.model.DeviceActivation;
import org.gridflex.market.application.MarketSettings;
import org.gridflex.messaging.TransactionalJms;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * A device's answer to an activation ({@code gridflex/devices/<id>/baselines}): recorded on the activation in its
 * TSO's database (a device answers only its own activations; the first answer counts, a repeat is counted, a late
 * one marked), and passed on to whoever asked for the setpoint — its JMS reply destination if it asked over JMS, the
 * node's WebSocket followers, and the REST view of the setpoint.
 */
@Stateless
public class BaselineAnswers {

    private static final Logger LOG = Logger.getLogger(BaselineAnswers.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();


    @Inject
    TenantEntityManagers databases;

    @Inject
    TransactionalJms jms;

    @Inject
    MarketSettings settings;

    @Inject
    Event<ActivationsAnswered> answered;

    @Inject
    Event<PeerActivationAnswered> answeredForPeer;

    /** A device's answer as the intake read it, with the moment it arrived. */
    public record Answer(String deviceId, Baseline baseline, byte[] payload, Instant arrived) {
    }

    /**
     * Records a batch of answers from devices of one TSO in one transaction of its own. It locks the answered
     * activations that no other transaction holds and never waits for one: an answer whose activation is held (by the
     * other answer consumer or the missed-activation sweep, each for milliseconds) comes back as busy, for the caller
     * to try again. An answer that is not the device's own activation (or was forwarded to a peer, which answers
     * through the federation) is refused and logged; the first answer of an activation counts and is passed on, a
     * repeat is counted.
     *
     * @return the answers whose activation was held elsewhere (the same objects), not recorded
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Answer> recordAll(TenantId tenant, List<Answer> answers) {
        EntityManager em = databases.forTenant(tenant);
        List<String> ids = answers.stream().map(a -> a.baseline().activationId()).distinct().toList();
        Set<String> locked = ActivationRowLocks.lockFree(em, ids);
        Set<String> held = new HashSet<>();
        if (locked.size() < ids.size()) {
            held.addAll(ActivationRowLocks.existing(em, ids));
            held.removeAll(locked);
        }
        // only the locked rows are loaded: they are the only ones this transaction may change
        Map<String, DeviceActivation> activations = new HashMap<>();
        for (DeviceActivation activation : ActivationRowLocks.loadLocked(em, locked)) {
            activations.put(activation.activationId(), activation);
        }
        List<Answer> busy = new ArrayList<>();
        List<DeviceActivationView> firsts = new ArrayList<>();
        Map<String, List<DeviceAnswer>> forPeers = new TreeMap<>();
        for (Answer answer : answers) {
            DeviceActivation activation = activations.get(answer.baseline().activationId());
            if (held.contains(answer.baseline().activationId())) {
                busy.add(answer);
                continue;
            }
            if (activation == null || !activation.deviceId().equals(answer.deviceId())
                    || activation.forwardedTo() != null) {
                refused(answer.deviceId(), "no activation " + answer.baseline().activationId() + " of this device");
                continue;
            }
            boolean first = answer(tenant, activation, answer.baseline(), answer.arrived(), firsts);
            if (first && activation.issuedBy() != null) {
                forPeers.computeIfAbsent(activation.issuedBy(), p -> new ArrayList<>())
                        .add(new DeviceAnswer(answer.deviceId(), answer.payload()));
            }
        }
        // one message per peer for the whole batch: each message costs the peer link a signature
        forPeers.forEach((peer, ofPeer) -> answeredForPeer.fire(new PeerActivationAnswered(peer, tenant.value(), ofPeer)));
        followersLearn(tenant, firsts);
        return busy;
    }

    /**
     * Devices' answers that a federation peer sent back for activations this installation forwarded to it, all of one
     * TSO. The peer's signature has been verified; each is recorded like a local answer, but only if its activation
     * went to that peer, so a peer can never answer for devices of this installation or of another peer; any other
     * answer is refused and logged.
     *
     * @return how many answers were recorded; the rest were refused
     */
    public int recordFromPeer(String peer, TenantId tenant, List<DeviceAnswer> fromPeer) {
        Instant arrived = settings.clock().instant();
        List<DeviceActivationView> firsts = new ArrayList<>();
        int recorded = 0;
        for (DeviceAnswer answer : fromPeer) {
            Baseline baseline;
            try {
                baseline = parse(answer.payload());
            } catch (IllegalArgumentException e) {
                refused(answer.deviceId(), "from peer " + peer + ": " + e.getMessage());
                continue;
            }
            DeviceActivation activation = lockedActivation(tenant, baseline);
            if (activation == null || !activation.deviceId().equals(answer.deviceId())
                    || !peer.equals(activation.forwardedTo())) {
                refused(answer.deviceId(), "no activation " + baseline.activationId() + " of this device was forwarded to "
                        + peer);
                continue;
            }
            answer(tenant, activation, baseline, arrived, firsts);
            recorded++;
        }
        followersLearn(tenant, firsts);
        return recorded;
    }

    /**
     * @param firsts collects the activation's view if this was its first answer
     * @return whether this was the activation's first answer (the one that counts and is passed on)
     */
    private boolean answer(TenantId tenant, DeviceActivation activation, Baseline baseline, Instant arrived,
            List<DeviceActivationView> firsts) {
        boolean first = activation.answer(baseline, arrived);
        if (first) {
            DeviceActivationView view = DeviceActivationView.of(activation);
            if (activation.replyTo() != null) {
                reply(activation.replyTo(), tenant, view);
            }
            firsts.add(view);
        }
        return first;
    }

    private void followersLearn(TenantId tenant, List<DeviceActivationView> firsts) {
        if (!firsts.isEmpty()) {
            answered.fire(new ActivationsAnswered(tenant.value(), firsts));
        }
    }

    /** Locked: two answers of one device may be taken by two consumers at once, and only one may be the first. */
    private DeviceActivation lockedActivation(TenantId tenant, Baseline baseline) {
        return databases.forTenant(tenant).find(DeviceActivation.class, baseline.activationId(),
                LockModeType.PESSIMISTIC_WRITE);
    }

    private void reply(String address, TenantId tenant, DeviceActivationView view) {
        try {
            TextMessage message = jms.context().createTextMessage(JSON.createObjectBuilder()
                    .add("setpointId", view.setpointId())
                    .add("activationId", view.activationId())
                    .add("deviceId", view.deviceId())
                    .add("status", view.status().name())
                    .add("baselineW", view.baselineW() == null ? 0 : view.baselineW())
                    .add("late", view.late())
                    .add("roundTripMs", view.roundTripMs() == null ? -1 : view.roundTripMs())
                    .build().toString());
            message.setStringProperty("TenantId", tenant.value());
            message.setStringProperty("SetpointId", view.setpointId());
            jms.context().createProducer().send(ActiveMQDestination.createQueue(address), message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot reply to " + address, e);
        }
    }

    static void refused(String deviceId, String why) {
        LOG.warning(() -> "Refused a baseline of device " + deviceId + ": " + why);
    }

    static Baseline parse(byte[] payload) {
        JsonObject o;
        try {
            o = JSON.createReader(new StringReader(new String(payload, StandardCharsets.UTF_8))).readObject();
        } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = o.get("activationId") instanceof JsonString s ? s.getString() : null;
        if (id == null || id.length() > 36) {
            throw new IllegalArgumentException("activationId missing");
        }
        Baseline.Status status;
        try {
            status = Baseline.Status.valueOf(o.getString("status", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be ACK or REFUSED");
        }
        long baselineW = o.get("baselineW") instanceof JsonNumber n ? n.longValue() : 0;
        if (status == Baseline.Status.ACK && !(o.get("baselineW") instanceof JsonNumber)) {
            throw new IllegalArgumentException("an ACK carries baselineW");
        }
        String reason = o.get("reason") instanceof JsonString s ? s.getString() : null;
        if (reason != null && reason.length() > 100) {
            reason = reason.substring(0, 100);
        }
        return new Baseline(id, o.get("sequence") instanceof JsonNumber n ? n.longValue() : 0, status, baselineW, reason,
                instant(o, "receivedAt"), instant(o, "sentAt"));
    }

    private static Instant instant(JsonObject o, String field) {
        if (!(o.get(field) instanceof JsonString s)) {
            return null;
        }
        try {
            return Instant.parse(s.getString());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an ISO-8601 instant");
        }
    }
}

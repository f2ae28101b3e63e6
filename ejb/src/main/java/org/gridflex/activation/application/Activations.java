package org.gridflex.activation.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.gridflex.activation.model.Activation;
import org.gridflex.activation.model.DeviceActivation;
import org.gridflex.activation.model.SetpointSplit;
import org.gridflex.device.messaging.DeviceTopics;
import org.gridflex.federation.application.ActivationForwarding;
import org.gridflex.federation.model.SharedOfferId;
import org.gridflex.market.application.BundleQueries;
import org.gridflex.market.application.BundleView;
import org.gridflex.market.application.MarketSettings;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * Carries out a TSO's aFRR setpoint for a request's bundle: splits it over the bundle's devices in merit order
 * ({@link SetpointSplit}), signs one activation per device with this node's key, sends it to the device's MQTT topic
 * {@code gridflex/devices/<id>/activations} and records each in the TSO's database. Activations are non-persistent
 * messages: one that a broker restart loses would be stale by the time it arrived.
 */
@Stateless
public class Activations {

    /** Sequence numbers grow across restarts and nodes without coordination: microseconds of the first use. */
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() * 1000);

    @Inject
    BundleQueries bundles;

    @Inject
    ActivationKeys keys;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory broker;

    @Inject
    ActivationRecords records;

    @Inject
    TenantEntityManagers databases;

    @Inject
    MarketSettings settings;

    @Inject
    ActivationForwarding forwarding;


    /**
     * Not one transaction on purpose: the activations are recorded in one short transaction of their own, then go out
     * at once as non-persistent messages, without waiting for anything else. Recorded first, so a device's answer
     * always finds its activation; the device's time is what counts.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SetpointReceipt activate(TenantId tenant, String requestId, double setpointKw, Duration validity,
            Predicate<String> callerInRole, String replyTo) {
        if (!Double.isFinite(setpointKw) || setpointKw < 0) {
            throw new ActivationRefusedException("setpointKw is the power to activate in the bundle's direction, >= 0");
        }
        if (validity.isNegative() || validity.isZero() || validity.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new ActivationRefusedException("validity must be between 1 ms and 60 s");
        }
        BundleView bundle = bundles.ofRequest(tenant, requestId, callerInRole)
                .orElseThrow(() -> new ActivationRefusedException("Request " + requestId + " has no bundle yet"));
        List<SetpointSplit.Share> shares = bundle.allocations().stream()
                .map(a -> new SetpointSplit.Share(a.deviceId(), Math.round(a.allocatedKw() * 1000))).toList();
        long setpointW = Math.round(setpointKw * 1000);
        String setpointId = UUID.randomUUID().toString();
        Instant now = settings.clock().instant();
        Instant validUntil = now.plus(validity);
        List<Activation> unsigned = new ArrayList<>();
        for (SetpointSplit.DeviceSetpoint device : SetpointSplit.split(setpointW, shares)) {
            unsigned.add(Activation.unsigned(UUID.randomUUID().toString(), device.deviceId(),
                    SEQUENCE.incrementAndGet(), now, validUntil, device.setpointW()));
        }
        List<Activation> signed = keys.signAll(unsigned);
        String node = settings.nodeName();
        Map<String, String> peerOfDevice = peerInstallations(bundle);
        records.record(tenant, signed, setpointId, requestId, node, replyTo, peerOfDevice);
        send(signed.stream().filter(a -> !peerOfDevice.containsKey(a.deviceId())).toList());
        forwardToPeers(tenant, setpointId, requestId, signed, peerOfDevice);
        List<SetpointReceipt.Sent> sent = signed.stream()
                .map(a -> new SetpointReceipt.Sent(a.activationId(), a.deviceId(), a.setpointW(), a.sequence())).toList();
        return new SetpointReceipt(setpointId, tenant.value(), requestId, setpointW,
                signed.stream().mapToLong(Activation::setpointW).sum(), now, validUntil, node, keys.keyId(), sent);
    }

    /**
     * Carries out activations that a federation peer issued for devices connected here, once the federation has
     * verified them against the peer's key: signed again with this node's key (devices trust their own
     * installation), recorded with the issuer so the answers go back to it, and sent like local activations. The
     * activations keep their ids, sequence numbers, times and setpoints.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Activation> relay(TenantId tenant, String issuedBy, String setpointId, String requestId,
            List<Activation> verified) {
        List<Activation> unsigned = verified.stream().map(a -> Activation.unsigned(a.activationId(), a.deviceId(),
                a.sequence(), a.issuedAt(), a.validUntil(), a.setpointW())).toList();
        List<Activation> signed = keys.signAll(unsigned);
        List<Activation> fresh = records.recordRelayed(tenant, signed, setpointId, requestId, settings.nodeName(),
                issuedBy);
        send(fresh);
        return fresh;
    }

    /** Devices of the bundle whose offers came from a peer installation: device id -> that installation. */
    private static Map<String, String> peerInstallations(BundleView bundle) {
        Map<String, String> peers = new HashMap<>();
        for (BundleView.AllocationView allocation : bundle.allocations()) {
            SharedOfferId.originOf(allocation.offerId()).ifPresent(peer -> peers.put(allocation.deviceId(), peer));
        }
        return peers;
    }

    private void forwardToPeers(TenantId tenant, String setpointId, String requestId, List<Activation> signed,
            Map<String, String> peerOfDevice) {
        if (peerOfDevice.isEmpty()) {
            return;
        }
        Map<String, List<Activation>> byPeer = new HashMap<>();
        for (Activation activation : signed) {
            String peer = peerOfDevice.get(activation.deviceId());
            if (peer != null) {
                byPeer.computeIfAbsent(peer, p -> new ArrayList<>()).add(activation);
            }
        }
        byPeer.forEach((peer, activations) -> forwarding.forward(peer, tenant, setpointId, requestId, activations));
    }

    private void send(List<Activation> activations) {
        try (JMSContext context = broker.createContext()) {
            JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            for (Activation activation : activations) {
                BytesMessage message = context.createBytesMessage();
                message.writeBytes(ActivationJson.of(activation).getBytes(StandardCharsets.UTF_8));
                producer.send(DeviceTopics.topic(DeviceTopics.activationsAddress(activation.deviceId())), message);
            }
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("Cannot send activations", e);
        }
    }

    public List<DeviceActivationView> ofSetpoint(TenantId tenant, String setpointId) {
        List<DeviceActivationView> views = databases.forTenant(tenant)
                .createNamedQuery(DeviceActivation.OF_SETPOINT, DeviceActivation.class)
                .setParameter("setpoint", setpointId).getResultList().stream().map(DeviceActivationView::of).toList();
        if (views.isEmpty()) {
            throw new ActivationNotFoundException("No setpoint " + setpointId + " at " + tenant);
        }
        return views;
    }
}

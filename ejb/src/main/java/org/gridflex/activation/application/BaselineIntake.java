package org.gridflex.activation.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridflex.activation.model.Baseline;
import org.gridflex.device.application.DeviceDirectory;
import org.gridflex.device.application.DeviceProfile;
import org.gridflex.market.application.MarketSettings;
import org.gridflex.tenancy.TenantId;

/**
 * Takes a batch of devices' answers to activations: reads each, finds the device's TSO in the device directory (in
 * memory, no registry query per answer) and records each TSO's share of the batch in one transaction
 * ({@link BaselineAnswers#recordAll}). Malformed answers and answers of unknown devices are refused and logged. Answers
 * whose activation another transaction holds are tried again for a moment and otherwise handed back, for the caller
 * to take again later; the rest of the batch is done. A failure other than a refusal propagates, and the caller takes
 * the batch again: a repeated answer is then only counted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BaselineIntake {

    /**
     * How often an answer whose activation is locked is tried before it is handed back, with a pause in between: the
     * sweep and the other answer consumer hold rows for milliseconds.
     */
    static final int BUSY_ROUNDS = 5;
    static final long BUSY_PAUSE_MILLIS = 20;

    @Inject
    DeviceDirectory devices;

    @Inject
    BaselineAnswers answers;

    @Inject
    MarketSettings settings;

    /**
     * An answer as the node received it.
     *
     * @param arrived when the node first took it, or {@code null} for now; an answer taken again keeps its first
     *            arrival, so that waiting for a lock never makes an answer late
     */
    public record Received(DeviceAnswer answer, Instant arrived) {
    }

    /**
     * @return the answers whose activation stayed locked (the same {@link DeviceAnswer} objects), with their arrival:
     *         not recorded, to be taken again later
     */
    public List<Received> take(List<Received> batch) {
        Instant now = settings.clock().instant();
        Map<String, DeviceProfile> profiles = devices.profilesOf(batch.stream().map(r -> r.answer().deviceId())
                .distinct().toList());
        Map<String, List<BaselineAnswers.Answer>> byTenant = new TreeMap<>();
        Map<BaselineAnswers.Answer, Received> receipts = new IdentityHashMap<>();
        for (Received received : batch) {
            DeviceAnswer answer = received.answer();
            Baseline baseline;
            try {
                baseline = BaselineAnswers.parse(answer.payload());
            } catch (IllegalArgumentException e) {
                BaselineAnswers.refused(answer.deviceId(), e.getMessage());
                continue;
            }
            DeviceProfile device = profiles.get(answer.deviceId());
            if (device == null) {
                BaselineAnswers.refused(answer.deviceId(), "unknown device");
                continue;
            }
            Instant arrived = received.arrived() == null ? now : received.arrived();
            BaselineAnswers.Answer read = new BaselineAnswers.Answer(answer.deviceId(), baseline, answer.payload(), arrived);
            receipts.put(read, received);
            byTenant.computeIfAbsent(device.tenant(), t -> new ArrayList<>()).add(read);
        }
        List<Received> busy = new ArrayList<>();
        for (Map.Entry<String, List<BaselineAnswers.Answer>> tenant : byTenant.entrySet()) {
            for (BaselineAnswers.Answer answer : record(new TenantId(tenant.getKey()), tenant.getValue())) {
                busy.add(new Received(receipts.get(answer).answer(), answer.arrived()));
            }
        }
        return busy;
    }

    /**
     * Records without waiting for a lock: answers whose activation another transaction holds are tried again a little
     * later, each round in a transaction of its own. Waiting for the rows was what made a node that had fallen a few
     * seconds behind collapse: batches of answers queued behind the sweep's rows until the database's lock timeout,
     * were rolled back whole and came back one message at a time.
     *
     * @return the answers still locked after {@value #BUSY_ROUNDS} rounds
     */
    private List<BaselineAnswers.Answer> record(TenantId tenant, List<BaselineAnswers.Answer> pending) {
        for (int round = 1; !pending.isEmpty() && round <= BUSY_ROUNDS; round++) {
            if (round > 1) {
                pause();
            }
            pending = answers.recordAll(tenant, pending);
        }
        return pending;
    }

    private static void pause() {
        try {
            Thread.sleep(BUSY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while answers waited for their activations", e);
        }
    }
}

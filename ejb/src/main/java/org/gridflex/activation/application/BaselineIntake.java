package org.gridflex.activation.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
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
 * ({@link BaselineAnswers#recordAll}). Malformed answers and answers of unknown devices are refused and logged. A
 * failure other than a refusal propagates, and the caller takes the batch again: a repeated answer is then only
 * counted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BaselineIntake {

    /** How often an answer whose activation is locked is tried, with a pause in between (about two seconds). */
    static final int BUSY_ROUNDS = 100;
    static final long BUSY_PAUSE_MILLIS = 20;

    @Inject
    DeviceDirectory devices;

    @Inject
    BaselineAnswers answers;

    @Inject
    MarketSettings settings;

    /** @return how many answers were recorded */
    public int take(List<DeviceAnswer> batch) {
        Instant arrived = settings.clock().instant();
        Map<String, DeviceProfile> profiles = devices.profilesOf(batch.stream().map(DeviceAnswer::deviceId)
                .distinct().toList());
        Map<String, List<BaselineAnswers.Answer>> byTenant = new TreeMap<>();
        for (DeviceAnswer answer : batch) {
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
            byTenant.computeIfAbsent(device.tenant(), t -> new ArrayList<>())
                    .add(new BaselineAnswers.Answer(answer.deviceId(), baseline, answer.payload(), arrived));
        }
        int recorded = 0;
        for (Map.Entry<String, List<BaselineAnswers.Answer>> tenant : byTenant.entrySet()) {
            recorded += record(new TenantId(tenant.getKey()), tenant.getValue());
        }
        return recorded;
    }

    /**
     * Records without waiting for a lock: answers whose activation another transaction holds are tried again a little
     * later, each round in a transaction of its own. Waiting for the rows was what made a node that had fallen a few
     * seconds behind collapse: batches of answers queued behind the sweep's rows until the database's lock timeout,
     * were rolled back whole and came back one message at a time. Rows still held after {@value #BUSY_ROUNDS} rounds
     * are held by something else than GridFlex's own short transactions: the failure puts the batch back on the
     * queue (its answers recorded so far are then only counted as repeats) and frees this consumer meanwhile.
     */
    private int record(TenantId tenant, List<BaselineAnswers.Answer> pending) {
        int recorded = 0;
        for (int round = 1; !pending.isEmpty(); round++) {
            if (round > BUSY_ROUNDS) {
                throw new IllegalStateException(pending.size() + " answers of " + tenant + " found their activations"
                        + " locked for " + BUSY_ROUNDS + " rounds");
            }
            if (round > 1) {
                pause();
            }
            BaselineAnswers.Recorded done = answers.recordAll(tenant, pending);
            recorded += done.recorded();
            pending = done.busy();
        }
        return recorded;
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

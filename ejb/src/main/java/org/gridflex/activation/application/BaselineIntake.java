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
            recorded += answers.recordAll(new TenantId(tenant.getKey()), tenant.getValue());
        }
        return recorded;
    }
}

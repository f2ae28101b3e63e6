package org.gridflex.device.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.infinispan.Cache;

/**
 * The device profiles the offer intake checks every message against, held in memory so that an offer costs no
 * registry query. The cache ({@code device-profiles}, an Infinispan invalidation cache defined in server-config) keeps
 * each node's copies local; a change to a registration removes the copy on every node of the cluster, and the next
 * offer reads the registry again. Copies are added with {@code putForExternalRead}, which never overwrites a newer
 * value nor invalidates other nodes.
 */
@ApplicationScoped
public class DeviceDirectory {

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/device-profiles")
    Cache<String, DeviceProfile> profiles;

    @Inject
    DeviceRegistry registry;

    /** The profiles of those of the devices that are registered; unknown ids are absent from the answer. */
    public Map<String, DeviceProfile> profilesOf(Collection<String> deviceIds) {
        Map<String, DeviceProfile> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : deviceIds) {
            DeviceProfile profile = profiles.get(id);
            if (profile != null) {
                found.put(id, profile);
            } else if (!found.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            for (DeviceProfile profile : registry.profiles(missing)) {
                profiles.putForExternalRead(profile.deviceId(), profile);
                found.put(profile.deviceId(), profile);
            }
        }
        return found;
    }

    /** Dropped at once and again after the change commits, so a read racing the change cannot keep the old copy. */
    void changing(@Observes DeviceChanged change) {
        profiles.remove(change.deviceId());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) DeviceChanged change) {
        profiles.remove(change.deviceId());
    }
}

package org.gridflex.activation.model;

import java.security.PublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Verifies activations like {@link ActivationSignature#verify}, but checks each distinct (key, root, signature) only
 * once while it is among the last {@code capacity} checked: the activations of one setpoint share their root and
 * signature, so whoever verifies many of them (a federation relay, a simulator running thousands of devices in one
 * process) pays one Ed25519 check per setpoint instead of one per device. Every activation's own leaf and proof are
 * still hashed; only the outcome of the signature check over the root is shared, and that check is deterministic.
 * Safe for concurrent use; two threads meeting a new root at the same moment may both check it.
 */
public final class RootSignatureChecks {

    private record Checked(PublicKey key, String root, String signature) {
    }

    private final Map<Checked, Boolean> outcomes;

    public RootSignatureChecks(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be 1 or more");
        }
        this.outcomes = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Checked, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Exactly the answer of {@link ActivationSignature#verify} for this activation and key. */
    public boolean verify(Activation activation, PublicKey key) {
        byte[] root = ActivationSignature.rootOf(activation);
        if (root == null) {
            return false;
        }
        Checked checked = new Checked(key, Base64.getEncoder().encodeToString(root), activation.signature());
        Boolean known;
        synchronized (outcomes) {
            known = outcomes.get(checked);
        }
        if (known != null) {
            return known;
        }
        boolean outcome = ActivationSignature.verifyRoot(root, activation.signature(), key);
        synchronized (outcomes) {
            outcomes.put(checked, outcome);
        }
        return outcome;
    }

    int remembered() {
        synchronized (outcomes) {
            return outcomes.size();
        }
    }
}

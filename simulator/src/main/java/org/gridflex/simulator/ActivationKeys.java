package org.gridflex.simulator;

import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Where a device finds the public key a node signed an activation with, by key id. */
interface ActivationKeys {

    /** The key, possibly after asking the node again; empty when the node does not know it either. */
    CompletableFuture<Optional<PublicKey>> find(String keyId);
}

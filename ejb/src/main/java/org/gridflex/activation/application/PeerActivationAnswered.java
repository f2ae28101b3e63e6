package org.gridflex.activation.application;

import java.util.List;

/**
 * CDI event, fired in the answers' transaction: devices answered activations that a federation peer issued
 * ({@code issuedBy}), all of one TSO; the answers, exactly as the devices sent them, go back to that peer together.
 */
public record PeerActivationAnswered(String issuedBy, String tenantId, List<DeviceAnswer> answers) {
}

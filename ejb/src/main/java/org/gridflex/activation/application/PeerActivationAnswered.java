package org.gridflex.activation.application;

/**
 * CDI event, fired in the answer's transaction: a device answered an activation that a federation peer issued
 * ({@code issuedBy}); the answer, exactly as the device sent it, goes back to that peer.
 */
public record PeerActivationAnswered(String issuedBy, String tenantId, String deviceId, byte[] deviceAnswer) {
}

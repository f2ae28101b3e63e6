package org.gridflex.federation.model;

/** Why a message from a peer, or a part of it, was refused. Each is logged and counted. */
public enum FederationRefusal {
    /** The sender is not a configured peer (or federation is off here). */
    UNKNOWN_PEER,
    /** The signature does not verify with the configured key of the peer, or is signed by another key. */
    BAD_SIGNATURE,
    /** Not the documented format. */
    MALFORMED,
    /** An offer of a TSO this installation does not serve. */
    UNKNOWN_TENANT,
    /** An activation for a device that is not registered here. */
    UNKNOWN_DEVICE,
    /** An answer for an activation this installation never forwarded to that peer. */
    NOT_FORWARDED_TO_PEER
}

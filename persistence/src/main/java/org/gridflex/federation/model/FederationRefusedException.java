package org.gridflex.federation.model;

/** A message (or part of one) from a peer that is refused; carries the reason that is counted. */
public class FederationRefusedException extends RuntimeException {

    private final FederationRefusal reason;

    public FederationRefusedException(FederationRefusal reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public FederationRefusal reason() {
        return reason;
    }
}

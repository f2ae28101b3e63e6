package org.gridflex.market.model;

/** A flex request is open until its requester cancels it (or its period's gate closes, which freezes its bundle). */
public enum FlexRequestStatus {
    OPEN,
    CANCELLED
}

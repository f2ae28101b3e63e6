package org.gridflex.market.model;

/** The life of a delivery period: traded while open, frozen at gate closure, then delivered and settled. */
public enum PeriodPhase {
    OPEN,
    GATE_CLOSED,
    DELIVERING,
    SETTLED
}

package org.gridflex.market.application;

/** A request was made, revised or cancelled; fired in the transaction that changed it. */
public record FlexRequestChanged(FlexRequestView request) {
}

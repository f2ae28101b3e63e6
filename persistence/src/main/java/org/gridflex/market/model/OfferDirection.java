package org.gridflex.market.model;

/** Upward flexibility adds power to the grid (more production, less consumption); downward takes it away. */
public enum OfferDirection {
    UP,
    DOWN
}

package org.gridflex.planning.optimization;

/** What an asset can do with power: only inject, inject and withdraw with an energy store, or only withdraw. */
public enum AssetKind {
    GENERATOR,
    STORAGE,
    FLEXIBLE_LOAD
}

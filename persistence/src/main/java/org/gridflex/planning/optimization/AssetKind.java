package org.gridflex.planning.optimization;

/** What an asset does with power, which decides the variables the optimizer gives it. */
public enum AssetKind {
    /** Injects only (wind, solar, CHP): power between its lower and upper band. */
    GENERATOR,
    /** Charges and discharges (batteries): power plus a state of energy. */
    STORAGE,
    /** Withdraws power it can shift or shed (heat pumps, electrolysers): usually a negative band. */
    FLEXIBLE_LOAD
}

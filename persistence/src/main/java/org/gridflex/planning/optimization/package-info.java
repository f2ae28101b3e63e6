/** The fleet optimizer: plans every asset's power per slot of a horizon as one linear program, solved with ojAlgo. */
package org.gridflex.planning.optimization;

/** The fleet optimizer service: runs per TSO (queued, coalesced, scheduled by Quartz), their inputs from the TSO's planning data, and their published schedules. */
package org.gridflex.planning.optimizer;

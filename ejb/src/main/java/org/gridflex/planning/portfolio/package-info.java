/** The portfolio service: a TSO's asset plans and power schedules aggregated over time. */
package org.gridflex.planning.portfolio;

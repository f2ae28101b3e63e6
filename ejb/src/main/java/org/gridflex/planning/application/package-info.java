/** Asset planning services: asset catalogue, planning intake per TSO, parked and dead-lettered messages, fleet optimizer runs, portfolio. */
package org.gridflex.planning.application;

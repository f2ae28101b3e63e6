/** REST API of planning: assets, stored planning schedules, market allocations, optimizer runs and the portfolio per TSO. */
package org.gridflex.planning.interfaces.rest;

/** Asset planning: assets and their TSO, the planning schedules of the seed topics, optimizer runs and their schedules. */
package org.gridflex.planning.model;

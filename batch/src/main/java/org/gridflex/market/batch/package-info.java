/** Market batch jobs: housekeeping of the live order book. */
package org.gridflex.market.batch;

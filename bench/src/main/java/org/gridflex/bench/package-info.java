/** Hand-run timing of the market code, not part of the deployment. */
package org.gridflex.bench;

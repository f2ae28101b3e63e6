/** The bundler: assigns offers of the order book to flex requests in merit order, one round at a time. */
package org.gridflex.market.bundling;

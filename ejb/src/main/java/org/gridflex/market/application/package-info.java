/** Market services: offer intake, the live order book and refusal counts. */
package org.gridflex.market.application;

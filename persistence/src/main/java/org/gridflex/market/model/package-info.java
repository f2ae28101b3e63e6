/** The flexibility market's model: delivery periods, offers and their rules. */
package org.gridflex.market.model;

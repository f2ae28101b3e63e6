package org.gridflex.market.model;

import java.io.Serializable;

/**
 * What a TSO or DSO asks for in a period: direction, quantity (MW), the grid area (null: the whole control area) and
 * the highest price it pays.
 */
public record FlexRequestTerms(OfferDirection direction, double quantityMw, String gridArea, double maxPriceEurPerMwh)
        implements Serializable {

    public FlexRequestTerms {
        if (direction == null) {
            throw new IllegalArgumentException("direction is required (UP or DOWN)");
        }
        if (!Double.isFinite(quantityMw) || quantityMw <= 0) {
            throw new IllegalArgumentException("quantityMw must be a positive number of MW");
        }
        if (!Double.isFinite(maxPriceEurPerMwh)) {
            throw new IllegalArgumentException("maxPriceEurPerMwh must be a finite number");
        }
        if (gridArea != null && gridArea.isBlank()) {
            gridArea = null;
        }
    }
}

package org.gridflex.market.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FlexRequestTest {

    private final DeliveryPeriod period = new DeliveryPeriod(Instant.parse("2026-11-23T12:10:00Z"), Duration.ofMinutes(10));
    private final FlexRequestTerms terms = new FlexRequestTerms(OfferDirection.UP, 2, "A1", 120);

    @Test
    void requestIsRevisedUpToTheAllowedNumberOfUpdates() {
        FlexRequest request = new FlexRequest("ELIA", null, "tso-elia", period, terms, Instant.EPOCH);
        request.revise(new FlexRequestTerms(OfferDirection.UP, 3, null, 110), 2, Instant.EPOCH);
        request.revise(new FlexRequestTerms(OfferDirection.UP, 4, null, 100), 2, Instant.EPOCH);
        assertThrows(FlexRequestRefusedException.class,
                () -> request.revise(new FlexRequestTerms(OfferDirection.UP, 5, null, 90), 2, Instant.EPOCH));
        assertEquals(4, request.terms().quantityMw());
        assertEquals(2, request.updates());
    }

    @Test
    void cancelledRequestCannotChangeAgain() {
        FlexRequest request = new FlexRequest("ELIA", "ORES", "dso-elia", period, terms, Instant.EPOCH);
        request.cancel(Instant.EPOCH);
        assertEquals(FlexRequestStatus.CANCELLED, request.status());
        assertThrows(FlexRequestRefusedException.class, () -> request.cancel(Instant.EPOCH));
        assertThrows(FlexRequestRefusedException.class, () -> request.revise(terms, 10, Instant.EPOCH));
    }

    @Test
    void termsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new FlexRequestTerms(OfferDirection.UP, 0, null, 10));
        assertThrows(IllegalArgumentException.class, () -> new FlexRequestTerms(null, 1, null, 10));
        assertThrows(IllegalArgumentException.class, () -> new FlexRequestTerms(OfferDirection.DOWN, 1, null, Double.NaN));
        assertEquals(null, new FlexRequestTerms(OfferDirection.DOWN, 1, " ", 10).gridArea(), "blank area = whole control area");
    }

    @Test
    void aDsoSeesOnlyItsOwnRequestsWhileItsTsoSeesAll() {
        java.util.Set<String> ores = java.util.Set.of("dso", "tenant.ELIA", "dso.ORES");
        java.util.Set<String> tso = java.util.Set.of("tso", "tenant.ELIA");
        assertTrue(FlexRequestAccess.mayUse(ores::contains, "ORES"));
        assertFalse(FlexRequestAccess.mayUse(ores::contains, "SIBELGA"));
        assertFalse(FlexRequestAccess.mayUse(ores::contains, null), "the TSO's own requests are not a DSO's");
        assertTrue(FlexRequestAccess.mayUse(tso::contains, "SIBELGA"));
        assertTrue(FlexRequestAccess.mayUse(tso::contains, null));
    }

    @Test
    void finalBundleIsNotChangedByLaterRoundsAndOlderRoundsNeverWin() {
        StoredBundle bundle = new StoredBundle("r1", "ELIA", null, period.start());
        assertTrue(bundle.record(10, 5, 8, 1.2, 0.625, true, "[]", Instant.EPOCH));
        assertFalse(bundle.record(9, 8, 8, 1.5, 1, false, "[]", Instant.EPOCH), "an older round does not overwrite");
        assertEquals(10, bundle.round());
        assertTrue(bundle.record(11, 8, 8, 1.5, 1, false, "[]", Instant.EPOCH));
        assertEquals(8, bundle.totalKw());
        bundle.freeze();
        assertFalse(bundle.record(12, 2, 8, 0.1, 0.25, true, "[]", Instant.EPOCH), "gate closed: the bundle is final");
        assertEquals(8, bundle.totalKw());
        assertTrue(bundle.isFinal());
    }
}

package org.gridflex.market.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OfferTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private final DeliveryPeriod period = new DeliveryPeriod(Instant.parse("2026-11-23T12:10:00Z"), TEN_MINUTES);

    @Test
    void periodContainingAnInstantIsAlignedToTheClock() {
        DeliveryPeriod p = DeliveryPeriod.containing(Instant.parse("2026-11-23T12:17:42.5Z"), TEN_MINUTES);
        assertEquals(Instant.parse("2026-11-23T12:10:00Z"), p.start());
        assertEquals(Instant.parse("2026-11-23T12:20:00Z"), p.end());
    }

    @Test
    void unalignedPeriodStartIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new DeliveryPeriod(Instant.parse("2026-11-23T12:05:00Z"), TEN_MINUTES));
    }

    @Test
    void offersAreTakenForTheOpenAndTheNextPeriodOnly() {
        Instant now = Instant.parse("2026-11-23T12:12:00Z");
        assertTrue(period.acceptsOffersAt(now));
        assertTrue(period.next().acceptsOffersAt(now));
        assertFalse(period.next().next().acceptsOffersAt(now));
        assertFalse(new DeliveryPeriod(Instant.parse("2026-11-23T12:00:00Z"), TEN_MINUTES).acceptsOffersAt(now));
    }

    @Test
    void newerVersionSupersedesTheOffer() {
        Offer offer = new Offer("bat-1", "ELIA", period, new OfferTerms(OfferDirection.UP, 5, 80, 1), Instant.EPOCH, "n1");
        offer.supersede(new OfferTerms(OfferDirection.DOWN, 3, 95, 2), Instant.EPOCH.plusSeconds(1));
        assertEquals(new OfferTerms(OfferDirection.DOWN, 3, 95, 2), offer.terms());
        assertEquals(Instant.EPOCH.plusSeconds(1), offer.receivedAt());
    }

    @Test
    void staleOrRepeatedVersionIsRefusedAndLeavesTheOfferAlone() {
        Offer offer = new Offer("bat-1", "ELIA", period, new OfferTerms(OfferDirection.UP, 5, 80, 3), Instant.EPOCH, "n1");
        OfferRejectedException e = assertThrows(OfferRejectedException.class,
                () -> offer.supersede(new OfferTerms(OfferDirection.UP, 9, 10, 3), Instant.EPOCH));
        assertEquals(OfferRejection.STALE_VERSION, e.reason());
        assertEquals(5, offer.terms().powerKw());
    }

    @Test
    void negativeZeroOrNonFinitePowerIsRefused() {
        for (double power : new double[] {-1, 0, Double.NaN, Double.POSITIVE_INFINITY}) {
            OfferRejectedException e = assertThrows(OfferRejectedException.class,
                    () -> new OfferTerms(OfferDirection.UP, power, 50, 1));
            assertEquals(OfferRejection.INVALID_POWER, e.reason());
        }
    }

    @Test
    void negativePriceIsAllowedButNotNaN() {
        assertEquals(-20, new OfferTerms(OfferDirection.DOWN, 1, -20, 1).priceEurPerMwh());
        assertEquals(OfferRejection.INVALID_PRICE, assertThrows(OfferRejectedException.class,
                () -> new OfferTerms(OfferDirection.DOWN, 1, Double.NaN, 1)).reason());
    }
}

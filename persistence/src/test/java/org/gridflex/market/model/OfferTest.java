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
    void theOpenPeriodAndTheOneAfterItAreTraded() {
        Instant now = Instant.parse("2026-11-23T12:02:00Z");
        assertTrue(period.isTradedAt(now, Duration.ZERO), "12:10 is the open period at 12:02");
        assertTrue(period.next().isTradedAt(now, Duration.ZERO));
        assertFalse(period.next().next().isTradedAt(now, Duration.ZERO));
        DeliveryPeriod delivering = new DeliveryPeriod(Instant.parse("2026-11-23T12:00:00Z"), TEN_MINUTES);
        assertFalse(delivering.isTradedAt(now, Duration.ZERO), "the delivering period is no longer traded");
    }

    @Test
    void gateClosureLeadMovesTheOpenPeriodOn() {
        Instant now = Instant.parse("2026-11-23T12:08:30Z");
        assertEquals(period, DeliveryPeriod.openAt(now, TEN_MINUTES, Duration.ofMinutes(1)));
        assertEquals(period.next(), DeliveryPeriod.openAt(now, TEN_MINUTES, Duration.ofMinutes(2)));
        assertFalse(period.isTradedAt(now, Duration.ofMinutes(2)));
    }

    @Test
    void periodPassesThroughItsPhases() {
        Duration lead = Duration.ofMinutes(1);
        assertEquals(PeriodPhase.OPEN, period.phaseAt(Instant.parse("2026-11-23T12:08:59Z"), lead));
        assertEquals(PeriodPhase.GATE_CLOSED, period.phaseAt(Instant.parse("2026-11-23T12:09:00Z"), lead));
        assertEquals(PeriodPhase.DELIVERING, period.phaseAt(Instant.parse("2026-11-23T12:10:00Z"), lead));
        assertEquals(PeriodPhase.SETTLED, period.phaseAt(Instant.parse("2026-11-23T12:20:00Z"), lead));
    }

    @Test
    void newerVersionSupersedesTheOffer() {
        Offer offer = new Offer("bat-1", "ELIA", period, new OfferTerms(OfferDirection.UP, 5, 80, 1), Instant.EPOCH, "n1");
        offer.supersede(new OfferTerms(OfferDirection.DOWN, 3, 95, 2), Instant.EPOCH.plusSeconds(1), 10);
        assertEquals(new OfferTerms(OfferDirection.DOWN, 3, 95, 2), offer.terms());
        assertEquals(Instant.EPOCH.plusSeconds(1), offer.receivedAt());
    }

    @Test
    void staleOrRepeatedVersionIsRefusedAndLeavesTheOfferAlone() {
        Offer offer = new Offer("bat-1", "ELIA", period, new OfferTerms(OfferDirection.UP, 5, 80, 3), Instant.EPOCH, "n1");
        OfferRejectedException e = assertThrows(OfferRejectedException.class,
                () -> offer.supersede(new OfferTerms(OfferDirection.UP, 9, 10, 3), Instant.EPOCH, 10));
        assertEquals(OfferRejection.STALE_VERSION, e.reason());
        assertEquals(5, offer.terms().powerKw());
    }

    @Test
    void theSameVersionWordForWordIsRecognisedAsARepeat() {
        Offer offer = new Offer("bat-1", "ELIA", period, new OfferTerms(OfferDirection.UP, 5, 80, 3), Instant.EPOCH, "n1");
        assertTrue(offer.holds(new OfferTerms(OfferDirection.UP, 5, 80, 3)));
        assertFalse(offer.holds(new OfferTerms(OfferDirection.UP, 9, 80, 3)));
        assertFalse(offer.withdrawnBy(3));
        offer.withdraw(4, Instant.EPOCH, 10);
        assertFalse(offer.holds(new OfferTerms(OfferDirection.UP, 5, 80, 3)));
        assertTrue(offer.withdrawnBy(4));
        assertFalse(offer.withdrawnBy(5));
    }

    @Test
    void aPeriodAllowsOnlySoManyRevisions() {
        Offer offer = new Offer("bat-1", "ELIA", period, new OfferTerms(OfferDirection.UP, 5, 80, 1), Instant.EPOCH, "n1");
        offer.supersede(new OfferTerms(OfferDirection.UP, 5, 80, 2), Instant.EPOCH, 3);
        offer.supersede(new OfferTerms(OfferDirection.UP, 5, 80, 3), Instant.EPOCH, 3);
        assertEquals(OfferRejection.REVISION_LIMIT, assertThrows(OfferRejectedException.class,
                () -> offer.supersede(new OfferTerms(OfferDirection.UP, 5, 80, 4), Instant.EPOCH, 3)).reason());
        assertEquals(3, offer.terms().version());
    }

    @Test
    void withdrawnOfferComesBackWithANewerVersion() {
        Offer offer = new Offer("bat-1", "ELIA", period, new OfferTerms(OfferDirection.UP, 5, 80, 1), Instant.EPOCH, "n1");
        offer.withdraw(2, Instant.EPOCH, 10);
        assertTrue(offer.isWithdrawn());
        assertEquals(OfferRejection.STALE_VERSION,
                assertThrows(OfferRejectedException.class, () -> offer.withdraw(2, Instant.EPOCH, 10)).reason());
        offer.supersede(new OfferTerms(OfferDirection.UP, 4, 70, 3, 1, false), Instant.EPOCH, 10);
        assertFalse(offer.isWithdrawn());
        assertFalse(offer.terms().partialAllowed());
    }

    @Test
    void minimumActivationMustFitThePower() {
        assertEquals(OfferRejection.MALFORMED, assertThrows(OfferRejectedException.class,
                () -> new OfferTerms(OfferDirection.UP, 5, 80, 1, 6, true)).reason());
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

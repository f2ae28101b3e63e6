package org.gridflex.market.bundling;

import static org.gridflex.market.bundling.BookFixtures.TEN_MINUTES;
import static org.gridflex.market.bundling.BookFixtures.offer;
import static org.gridflex.market.bundling.BookFixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gridflex.market.model.OfferDirection;
import org.junit.jupiter.api.Test;

class OfferBundlerTest {

    private final OfferBundler bundler = new OfferBundler();

    private Bundle single(List<BookOffer> offers, BookRequest request) {
        BundlingRound round = bundler.run(1, TEN_MINUTES, offers, List.of(request));
        assertEquals(1, round.bundles().size());
        return round.bundles().get(0);
    }

    private static List<String> offerIds(Bundle bundle) {
        return bundle.allocations().stream().map(Allocation::offerId).toList();
    }

    @Test
    void offersAreTakenCheapestFirstThenEarliestReceivedThenByOfferId() {
        List<BookOffer> offers = List.of(
                offer("late-60").price(60).receivedAt(100).build(),
                offer("b-50").price(50).receivedAt(300).build(),
                offer("a-50").price(50).receivedAt(300).build(),
                offer("early-50").price(50).receivedAt(200).build(),
                offer("cheap-40").price(40).receivedAt(900).build());

        Bundle bundle = single(offers, request("r").kw(50).build());

        assertEquals(List.of("cheap-40", "early-50", "a-50", "b-50", "late-60"), offerIds(bundle));
        assertEquals(List.of(40.0, 50.0, 50.0, 50.0, 60.0),
                bundle.allocations().stream().map(Allocation::priceEurPerMwh).toList());
        assertEquals("dev-cheap-40", bundle.allocations().get(0).deviceId());
    }

    @Test
    void areaRequestTakesOnlyOffersOfItsAreaAndDirection() {
        List<BookOffer> offers = List.of(
                offer("namur-up").area("BE-NAMUR").price(70).build(),
                offer("liege-up").area("BE-LIEGE").price(10).build(),
                offer("namur-down").area("BE-NAMUR").direction(OfferDirection.DOWN).price(10).build(),
                offer("no-area").area(null).price(10).build());

        Bundle bundle = single(offers, request("r").area("BE-NAMUR").kw(30).build());

        assertEquals(List.of("namur-up"), offerIds(bundle));
        assertEquals(10.0, bundle.totalKw());
    }

    @Test
    void downwardRequestTakesOnlyDownwardOffers() {
        List<BookOffer> offers = List.of(
                offer("up").price(10).build(),
                offer("down").direction(OfferDirection.DOWN).price(90).build());

        Bundle bundle = single(offers, request("r").direction(OfferDirection.DOWN).kw(30).build());

        assertEquals(List.of("down"), offerIds(bundle));
    }

    @Test
    void dsoRequestSeesOnlyDevicesOnItsOwnGrid() {
        List<BookOffer> offers = List.of(
                offer("ores").dso("ORES").price(90).build(),
                offer("sibelga").dso("SIBELGA").price(10).build(),
                offer("no-dso").dso(null).price(10).build());

        Bundle bundle = single(offers, request("r").byDso("ORES").kw(30).build());

        assertEquals(List.of("ores"), offerIds(bundle));
    }

    @Test
    void dsoRequestForAnAreaNeedsBothItsDsoAndTheArea() {
        List<BookOffer> offers = List.of(
                offer("ores-namur").dso("ORES").area("BE-NAMUR").price(90).build(),
                offer("ores-liege").dso("ORES").area("BE-LIEGE").price(10).build(),
                offer("sibelga-namur").dso("SIBELGA").area("BE-NAMUR").price(10).build());

        Bundle bundle = single(offers, request("r").byDso("ORES").area("BE-NAMUR").kw(30).build());

        assertEquals(List.of("ores-namur"), offerIds(bundle));
    }

    @Test
    void tsoRequestSeesOffersOfEveryDsoAndAreaOfItsTenant() {
        List<BookOffer> offers = List.of(
                offer("ores").dso("ORES").area("BE-NAMUR").price(30).build(),
                offer("sibelga").dso("SIBELGA").area("BE-BRUSSELS").price(20).build(),
                offer("no-dso").dso(null).area(null).price(10).build());

        Bundle bundle = single(offers, request("r").kw(30).build());

        assertEquals(List.of("no-dso", "sibelga", "ores"), offerIds(bundle));
        assertFalse(bundle.underCovered());
    }

    @Test
    void offersOfAnotherTenantAreNeverAllocated() {
        List<BookOffer> offers = List.of(
                offer("tennet").tenant("TENNETNL").dso("ORES").area("BE-NAMUR").price(1).build(),
                offer("elia").price(99).build());
        List<BookRequest> requests = List.of(
                request("tso").kw(20).build(),
                request("dso").byDso("ORES").area("BE-NAMUR").kw(20).createdAt(600).build(),
                request("tennet").tenant("TENNETNL").kw(5).createdAt(700).build());

        BundlingRound round = bundler.run(1, TEN_MINUTES, offers, requests);

        assertEquals(List.of("elia"), offerIds(round.bundles().get(0)));
        assertEquals(List.of(), offerIds(round.bundles().get(1)), "ELIA's only offer went to the earlier request");
        assertEquals(List.of("tennet"), offerIds(round.bundles().get(2)));
    }

    @Test
    void powerTakenByOneRequestIsNotAllocatedAgainToALaterOne() {
        List<BookOffer> offers = List.of(
                offer("cheap").kw(10).wholeOnly().price(10).build(),
                offer("dear").kw(10).wholeOnly().price(90).build());
        // input order is the reverse of the serving order
        List<BookRequest> requests = List.of(
                request("later").kw(10).createdAt(2_000).build(),
                request("earlier").kw(10).createdAt(1_000).build());

        BundlingRound round = bundler.run(1, TEN_MINUTES, offers, requests);

        assertEquals("earlier", round.bundles().get(0).requestId());
        assertEquals(List.of("cheap"), offerIds(round.bundles().get(0)));
        assertEquals("later", round.bundles().get(1).requestId());
        assertEquals(List.of("dear"), offerIds(round.bundles().get(1)));
    }

    @Test
    void requestsCreatedAtTheSameTimeAreServedByRequestId() {
        List<BookOffer> offers = List.of(offer("only").kw(10).build());
        List<BookRequest> requests = List.of(request("b").kw(10).build(), request("a").kw(10).build());

        BundlingRound round = bundler.run(1, TEN_MINUTES, offers, requests);

        assertEquals(List.of("a", "b"), round.bundles().stream().map(Bundle::requestId).toList());
        assertEquals(10.0, round.bundles().get(0).totalKw());
        assertEquals(0.0, round.bundles().get(1).totalKw());
    }

    @Test
    void partialOfferIsSplitToExactlyTheMissingPowerAndItsLeftoverServesTheNextRequest() {
        List<BookOffer> offers = List.of(
                offer("small").kw(4).price(10).build(),
                offer("big").kw(20).minActivationKw(2).price(20).build());
        List<BookRequest> requests = List.of(
                request("first").kw(10).createdAt(1).build(),
                request("second").kw(30).createdAt(2).build());

        BundlingRound round = bundler.run(1, TEN_MINUTES, offers, requests);

        Bundle first = round.bundles().get(0);
        assertEquals(List.of("small", "big"), offerIds(first));
        assertEquals(6.0, first.allocations().get(1).allocatedKw(), 1e-12);
        assertEquals(10.0, first.totalKw(), 1e-12);
        Bundle second = round.bundles().get(1);
        assertEquals(List.of("big"), offerIds(second));
        assertEquals(14.0, second.allocations().get(0).allocatedKw(), 1e-12);
    }

    @Test
    void splitBelowTheMinimumActivationIsRefusedAndADearerOfferIsUsed() {
        List<BookOffer> offers = List.of(
                offer("min5").kw(10).minActivationKw(5).price(10).build(),
                offer("dear").kw(3).wholeOnly().price(80).build());

        Bundle bundle = single(offers, request("r").kw(3).build());

        assertEquals(List.of("dear"), offerIds(bundle));
        assertEquals(3.0, bundle.totalKw());
    }

    @Test
    void splitOfExactlyTheMinimumActivationIsAllowed() {
        Bundle bundle = single(List.of(offer("min5").kw(10).minActivationKw(5).build()), request("r").kw(5).build());

        assertEquals(5.0, bundle.totalKw());
        assertFalse(bundle.underCovered());
    }

    @Test
    void leftoverBelowTheMinimumActivationIsNotAllocatedLater() {
        List<BookOffer> offers = List.of(offer("min4").kw(10).minActivationKw(4).build());
        List<BookRequest> requests = List.of(
                request("first").kw(7).createdAt(1).build(),
                request("second").kw(3).createdAt(2).build());

        BundlingRound round = bundler.run(1, TEN_MINUTES, offers, requests);

        assertEquals(7.0, round.bundles().get(0).totalKw());
        assertEquals(List.of(), round.bundles().get(1).allocations(), "the 3 kW left are below the 4 kW minimum");
        assertTrue(round.bundles().get(1).underCovered());
    }

    @Test
    void wholeOnlyOfferTooBigIsSkippedAndDearerOffersThatFitAreTaken() {
        List<BookOffer> offers = List.of(
                offer("a").kw(4).price(10).build(),
                offer("too-big").kw(8).wholeOnly().price(20).build(),
                offer("fits").kw(6).wholeOnly().price(30).build(),
                offer("not-needed").kw(6).price(40).build());

        Bundle bundle = single(offers, request("r").kw(10).build());

        assertEquals(List.of("a", "fits"), offerIds(bundle));
        assertEquals(10.0, bundle.totalKw());
        assertFalse(bundle.underCovered());
    }

    @Test
    void skippedWholeOnlyOfferStillServesALaterLargerRequest() {
        List<BookOffer> offers = List.of(offer("eight").kw(8).wholeOnly().price(20).build());
        List<BookRequest> requests = List.of(
                request("small").kw(5).createdAt(1).build(),
                request("large").kw(8).createdAt(2).build());

        BundlingRound round = bundler.run(1, TEN_MINUTES, offers, requests);

        assertEquals(List.of(), round.bundles().get(0).allocations());
        assertEquals(List.of("eight"), offerIds(round.bundles().get(1)));
    }

    @Test
    void shuffledInputGivesAnIdenticalRound() {
        Random random = new Random(7);
        List<BookOffer> offers = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            BookFixtures.OfferSpec spec = offer("o" + i).tenant(i % 3 == 0 ? "ELIA" : "RTE")
                    .dso("D" + random.nextInt(4)).area("A" + random.nextInt(3))
                    .direction(OfferDirection.values()[random.nextInt(2)]).kw(1 + random.nextInt(20))
                    .minActivationKw(random.nextInt(6)).price(random.nextInt(30)).receivedAt(random.nextInt(50));
            offers.add((i % 2 == 0 ? spec.wholeOnly() : spec).build());
        }
        List<BookRequest> requests = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            requests.add(request("r" + i).tenant(i % 2 == 0 ? "ELIA" : "RTE")
                    .byDso(i % 3 == 0 ? "D" + random.nextInt(4) : null).area(i % 4 == 0 ? "A1" : null)
                    .direction(OfferDirection.values()[random.nextInt(2)]).kw(random.nextInt(400))
                    .maxPrice(random.nextInt(30)).createdAt(random.nextInt(10)).build());
        }
        BundlingRound expected = bundler.run(3, TEN_MINUTES, offers, requests);
        assertTrue(expected.bundles().stream().mapToDouble(Bundle::totalKw).sum() > 1_000, "the book trades");

        for (int shuffle = 0; shuffle < 5; shuffle++) {
            Collections.shuffle(offers, random);
            Collections.shuffle(requests, random);
            assertEquals(expected, bundler.run(3, TEN_MINUTES, offers, requests));
        }
    }

    @Test
    void underCoveredRequestReportsWhatItGot() {
        Bundle bundle = single(List.of(offer("a").kw(3).build(), offer("b").kw(1).build()),
                request("r").kw(10).build());

        assertEquals(4.0, bundle.totalKw());
        assertEquals(10.0, bundle.quantityKw());
        assertEquals(0.4, bundle.coverage(), 1e-12);
        assertTrue(bundle.underCovered());
    }

    @Test
    void fullyCoveredRequestHasCoverageOne() {
        Bundle bundle = single(List.of(offer("a").kw(30).build()), request("r").kw(10).build());

        assertEquals(1.0, bundle.coverage());
        assertFalse(bundle.underCovered());
    }

    @Test
    void offersAbovePriceCapAreNotTaken() {
        List<BookOffer> offers = List.of(
                offer("at-cap").kw(5).price(100).build(),
                offer("above-cap").kw(5).price(100.01).build(),
                offer("negative").kw(5).price(-20).build());

        Bundle bundle = single(offers, request("r").kw(20).maxPrice(100).build());

        assertEquals(List.of("negative", "at-cap"), offerIds(bundle));
        assertTrue(bundle.underCovered());
    }

    @Test
    void costOfATenMinutePeriodIsPowerTimesPriceTimesASixthOfAnHour() {
        List<BookOffer> offers = List.of(
                offer("a").kw(600).price(80).build(),
                offer("b").kw(1_000).price(100).build());

        Bundle bundle = single(offers, request("r").kw(1_000).build());

        // 0.6 MW * 80 EUR/MWh / 6 + 0.4 MW * 100 EUR/MWh / 6 = 8 + 6.666...
        assertEquals(14.666_666_666_666, bundle.costEur(), 1e-9);
    }

    @Test
    void requestWithoutQuantityGetsAnEmptyCoveredBundle() {
        BundlingRound round = bundler.run(9, TEN_MINUTES, List.of(offer("a").build()),
                List.of(request("zero").kw(0).build(), request("negative").kw(-5).createdAt(501).build()));

        Bundle zero = round.bundles().get(0);
        assertEquals(List.of(), zero.allocations());
        assertEquals(0.0, zero.totalKw());
        assertEquals(0.0, zero.costEur());
        assertEquals(1.0, zero.coverage());
        assertFalse(zero.underCovered());
        assertEquals(9, zero.round());
        assertEquals(List.of(), round.bundles().get(1).allocations());
    }

    @Test
    void emptyBookLeavesEveryRequestUnderCovered() {
        Bundle bundle = single(List.of(), request("r").kw(10).build());

        assertEquals(0.0, bundle.coverage());
        assertTrue(bundle.underCovered());
    }
}

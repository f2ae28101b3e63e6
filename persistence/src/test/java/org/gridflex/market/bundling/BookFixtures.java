package org.gridflex.market.bundling;

import java.time.Duration;
import java.time.Instant;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.market.model.OfferDirection;

/** Offers and requests for bundler tests: ELIA, DSO ORES, area BE-NAMUR, upward, unless a test says otherwise. */
final class BookFixtures {

    static final DeliveryPeriod TEN_MINUTES = new DeliveryPeriod(Instant.parse("2026-11-23T12:10:00Z"),
            Duration.ofMinutes(10));

    private BookFixtures() {
    }

    static OfferSpec offer(String offerId) {
        return new OfferSpec(offerId);
    }

    static RequestSpec request(String requestId) {
        return new RequestSpec(requestId);
    }

    static final class OfferSpec {
        private final String offerId;
        private String tenant = "ELIA";
        private String dso = "ORES";
        private String gridArea = "BE-NAMUR";
        private OfferDirection direction = OfferDirection.UP;
        private double powerKw = 10;
        private double minActivationKw;
        private boolean partialAllowed = true;
        private double priceEurPerMwh = 50;
        private long receivedAtMillis = 1_000;

        private OfferSpec(String offerId) {
            this.offerId = offerId;
        }

        OfferSpec tenant(String value) {
            tenant = value;
            return this;
        }

        OfferSpec dso(String value) {
            dso = value;
            return this;
        }

        OfferSpec area(String value) {
            gridArea = value;
            return this;
        }

        OfferSpec direction(OfferDirection value) {
            direction = value;
            return this;
        }

        OfferSpec kw(double value) {
            powerKw = value;
            return this;
        }

        OfferSpec minActivationKw(double value) {
            minActivationKw = value;
            return this;
        }

        OfferSpec wholeOnly() {
            partialAllowed = false;
            return this;
        }

        OfferSpec price(double value) {
            priceEurPerMwh = value;
            return this;
        }

        OfferSpec receivedAt(long value) {
            receivedAtMillis = value;
            return this;
        }

        BookOffer build() {
            return new BookOffer(offerId, "dev-" + offerId, tenant, dso, gridArea, direction, powerKw, minActivationKw,
                    partialAllowed, priceEurPerMwh, receivedAtMillis);
        }
    }

    static final class RequestSpec {
        private final String requestId;
        private String tenant = "ELIA";
        private String requesterDso;
        private String gridArea;
        private OfferDirection direction = OfferDirection.UP;
        private double quantityKw = 10;
        private double maxPriceEurPerMwh = 1_000;
        private long createdAtMillis = 500;

        private RequestSpec(String requestId) {
            this.requestId = requestId;
        }

        RequestSpec tenant(String value) {
            tenant = value;
            return this;
        }

        RequestSpec byDso(String value) {
            requesterDso = value;
            return this;
        }

        RequestSpec area(String value) {
            gridArea = value;
            return this;
        }

        RequestSpec direction(OfferDirection value) {
            direction = value;
            return this;
        }

        RequestSpec kw(double value) {
            quantityKw = value;
            return this;
        }

        RequestSpec maxPrice(double value) {
            maxPriceEurPerMwh = value;
            return this;
        }

        RequestSpec createdAt(long value) {
            createdAtMillis = value;
            return this;
        }

        BookRequest build() {
            return new BookRequest(requestId, tenant, requesterDso, gridArea, direction, quantityKw,
                    maxPriceEurPerMwh, createdAtMillis);
        }
    }
}

package org.gridflex.market.bundling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gridflex.market.model.OfferDirection;
import org.junit.jupiter.api.Test;

class OrderBookDepthTest {

    private static BookOffer offer(String id, String area, OfferDirection direction, double kw, double price) {
        return new BookOffer(id, "dev-" + id, "ELIA", "ORES", area, direction, kw, 0, true, price, 0);
    }

    private final List<BookOffer> book = List.of(
            offer("a", "A1", OfferDirection.UP, 5, 90),
            offer("b", "A2", OfferDirection.UP, 3, 80),
            offer("c", "A1", OfferDirection.UP, 2, 90),
            offer("d", "A1", OfferDirection.DOWN, 7, 10));

    @Test
    void levelsAreInMeritOrderWithCumulativePower() {
        List<DepthLevel> depth = OrderBookDepth.of(book, OfferDirection.UP, null);
        assertEquals(List.of(new DepthLevel(80, 3, 3, 1), new DepthLevel(90, 7, 10, 2)), depth);
    }

    @Test
    void areaAndDirectionNarrowTheBook() {
        assertEquals(List.of(new DepthLevel(90, 7, 7, 2)), OrderBookDepth.of(book, OfferDirection.UP, "A1"));
        assertEquals(List.of(new DepthLevel(10, 7, 7, 1)), OrderBookDepth.of(book, OfferDirection.DOWN, null));
        assertEquals(List.of(), OrderBookDepth.of(book, OfferDirection.DOWN, "A2"));
    }
}

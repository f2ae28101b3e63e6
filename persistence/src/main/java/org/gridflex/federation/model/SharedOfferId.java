package org.gridflex.federation.model;

import java.util.Optional;

/**
 * The id an offer of a peer installation has in this installation's book: {@code <origin>/<offer id there>}. Two
 * operators' registries may hold the same device id, so the peer's id alone could collide with a local offer; and the
 * prefix tells at any time (for example when a bundle is activated, after the offer left the book) that a device of
 * that bundle is connected to the peer. Device ids never contain '/', which is an MQTT topic separator.
 */
public final class SharedOfferId {

    private SharedOfferId() {
    }

    public static String of(String origin, String offerId) {
        return origin + "/" + offerId;
    }

    /** The origin installation of an offer id, if it is a peer's offer. */
    public static Optional<String> originOf(String offerId) {
        int slash = offerId == null ? -1 : offerId.indexOf('/');
        return slash <= 0 ? Optional.empty() : Optional.of(offerId.substring(0, slash));
    }
}

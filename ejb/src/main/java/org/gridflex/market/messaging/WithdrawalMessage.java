package org.gridflex.market.messaging;

import jakarta.json.JsonObject;
import java.time.Instant;

/**
 * A device taking its offer for a period out of the market (device API v1), on
 * {@code gridflex/devices/<id>/withdrawals}: <pre>{"tenant":"ELIA","period":"2026-11-23T12:10:00Z","version":4}</pre>
 * The version counts like an offer's: it must be newer than the offer's.
 */
public record WithdrawalMessage(String tenant, Instant periodStart, int version) {

    public static WithdrawalMessage parse(byte[] payload) {
        JsonObject json = OfferMessage.object(payload);
        return new WithdrawalMessage(OfferMessage.text(json, "tenant"), OfferMessage.period(json),
                OfferMessage.version(json));
    }
}

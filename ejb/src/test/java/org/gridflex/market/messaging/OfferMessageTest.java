package org.gridflex.market.messaging;

import org.gridflex.device.messaging.DeviceTopics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.gridflex.market.model.OfferDirection;
import org.gridflex.market.model.OfferRejectedException;
import org.gridflex.market.model.OfferRejection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OfferMessageTest {

    private static byte[] json(String s) {
        return s.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void wellFormedOfferIsParsed() {
        OfferMessage m = OfferMessage.parse(json(
                "{'tenant':'ELIA','period':'2026-11-23T12:10:00Z','direction':'down','powerKw':7.5,'priceEurPerMwh':-3,'version':2}"));
        assertEquals("ELIA", m.tenant());
        assertEquals(Instant.parse("2026-11-23T12:10:00Z"), m.periodStart());
        assertEquals(OfferDirection.DOWN, m.terms().direction());
        assertEquals(7.5, m.terms().powerKw());
        assertEquals(-3, m.terms().priceEurPerMwh());
        assertEquals(2, m.terms().version());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "[1,2]",
            "{'tenant':'ELIA'}",
            "{'tenant':'ELIA','period':'yesterday','direction':'UP','powerKw':1,'priceEurPerMwh':1,'version':1}",
            "{'tenant':'ELIA','period':'2026-11-23T12:10:00Z','direction':'SIDEWAYS','powerKw':1,'priceEurPerMwh':1,'version':1}",
            "{'tenant':'ELIA','period':'2026-11-23T12:10:00Z','direction':'UP','powerKw':'5','priceEurPerMwh':1,'version':1}",
            "{'tenant':'ELIA','period':'2026-11-23T12:10:00Z','direction':'UP','powerKw':5,'priceEurPerMwh':1,'version':1.5}",
            ""})
    void malformedDocumentsAreRefusedAsMalformed(String payload) {
        OfferRejectedException e = assertThrows(OfferRejectedException.class, () -> OfferMessage.parse(json(payload)));
        assertEquals(OfferRejection.MALFORMED, e.reason());
    }

    @Test
    void negativePowerIsRefusedAsInvalidPower() {
        OfferRejectedException e = assertThrows(OfferRejectedException.class, () -> OfferMessage.parse(json(
                "{'tenant':'ELIA','period':'2026-11-23T12:10:00Z','direction':'UP','powerKw':-5,'priceEurPerMwh':1,'version':1}")));
        assertEquals(OfferRejection.INVALID_POWER, e.reason());
    }

    @Test
    void oversizedPayloadIsRefused() {
        byte[] big = new byte[OfferMessage.MAX_BYTES + 1];
        assertEquals(OfferRejection.MALFORMED,
                assertThrows(OfferRejectedException.class, () -> OfferMessage.parse(big)).reason());
    }

    @ParameterizedTest
    @CsvSource({
            "gridflex.devices.bat-1.offers, bat-1, OFFER",
            "gridflex/devices/ev_7/offers, ev_7, OFFER",
            "gridflex.devices.hp-3.withdrawals, hp-3, WITHDRAWAL"})
    void deviceIdIsTheThirdTopicLevelAndTheKindTheFourth(String address, String device, DeviceTopics.Kind kind) {
        assertEquals(Optional.of(device), DeviceTopics.deviceOf(address));
        assertEquals(Optional.of(kind), DeviceTopics.kindOf(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gridflex.devices.offers", "gridflex.devices.a.b.offers", "other.devices.x.offers",
            "gridflex.devices.bat-1.acks"})
    void otherAddressesAreNotDeviceMessages(String address) {
        assertEquals(Optional.empty(), DeviceTopics.kindOf(address));
    }

    @org.junit.jupiter.api.Test
    void acksGoToTheDevicesOwnAddress() {
        assertEquals("gridflex.devices.bat-1.acks", DeviceTopics.acksAddress("bat-1"));
    }
}

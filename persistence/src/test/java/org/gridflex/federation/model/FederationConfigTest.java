package org.gridflex.federation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import org.gridflex.activation.model.ActivationSignature;
import org.junit.jupiter.api.Test;

class FederationConfigTest {

    @Test
    void noPeersMeansFederationIsOff() {
        FederationConfig config = FederationConfig.from(new Properties());
        assertFalse(config.enabled());
        assertEquals(Optional.empty(), config.peer("anyone"));
    }

    @Test
    void peersAreReadWithTheirKeysAndKeyIds() throws Exception {
        var key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
        Properties p = new Properties();
        p.setProperty("gridflex.federation.name", "tso-1");
        p.setProperty("gridflex.federation.peers", " dso-a , ");
        p.setProperty("gridflex.federation.peer.dso-a.public-key", Base64.getEncoder().encodeToString(key.getEncoded()));
        FederationConfig config = FederationConfig.from(p);
        assertTrue(config.enabled());
        assertEquals("tso-1", config.name());
        assertEquals(ActivationSignature.keyId(key), config.peer("dso-a").orElseThrow().keyId());
    }

    @Test
    void aPeerWithoutKeyOrAnInstallationWithoutNameIsAConfigurationError() {
        Properties p = new Properties();
        p.setProperty("gridflex.federation.name", "tso-1");
        p.setProperty("gridflex.federation.peers", "dso-a");
        assertThrows(IllegalArgumentException.class, () -> FederationConfig.from(p));
        p.setProperty("gridflex.federation.peer.dso-a.public-key", "not a key");
        assertThrows(IllegalArgumentException.class, () -> FederationConfig.from(p));
        p.remove("gridflex.federation.name");
        assertThrows(IllegalArgumentException.class, () -> FederationConfig.from(p));
    }

    @Test
    void sharedOfferIdsNameTheirOrigin() {
        assertEquals("dso-a/bat-1@2026-11-23T12:10:00Z", SharedOfferId.of("dso-a", "bat-1@2026-11-23T12:10:00Z"));
        assertEquals(Optional.of("dso-a"), SharedOfferId.originOf("dso-a/bat-1@2026-11-23T12:10:00Z"));
        assertEquals(Optional.empty(), SharedOfferId.originOf("bat-1@2026-11-23T12:10:00Z"));
    }
}

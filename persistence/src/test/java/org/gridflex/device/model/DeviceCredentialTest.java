package org.gridflex.device.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DeviceCredentialTest {

    @Test
    void issuedCredentialMatchesOnlyItsPassword() {
        DeviceCredential credential = DeviceCredential.issue("bat-1", "correct horse battery");
        assertTrue(credential.matches("correct horse battery"));
        assertFalse(credential.matches("correct horse battery!"));
    }

    @Test
    void hashIsSha512OverPasswordThenSalt() throws Exception {
        byte[] salt = {1, 2, 3, 4};
        MessageDigest sha = MessageDigest.getInstance("SHA-512");
        sha.update("secret-secret".getBytes(StandardCharsets.UTF_8));
        sha.update(salt);
        assertEquals(Base64.getEncoder().encodeToString(sha.digest()), DeviceCredential.hash("secret-secret", salt));
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DeviceCredential.issue("bat-1", "short"));
    }

    @Test
    void deviceIdsAreSafeTopicLevels() {
        assertTrue(Device.ID_FORMAT.matcher("ev-charger_42").matches());
        assertFalse(Device.ID_FORMAT.matcher("a/b").matches());
        assertFalse(Device.ID_FORMAT.matcher("+").matches());
    }
}

package org.gridflex.device.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A device's MQTT password, salted and hashed. The broker's Elytron jdbc-realm reads this table
 * ({@code password-salt-digest-sha-512}: SHA-512 over the password's bytes followed by the salt), so the
 * application never sees a password again after registration.
 */
@Entity
@Table(name = "DEVICE_CREDENTIAL")
public class DeviceCredential {

    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int MIN_PASSWORD_LENGTH = 12;

    @Id
    @Column(name = "DEVICE_ID", length = 64)
    private String deviceId;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 128)
    private String passwordHash;

    @Column(name = "SALT", nullable = false, length = 64)
    private String salt;

    protected DeviceCredential() {
    }

    private DeviceCredential(String deviceId, String passwordHash, String salt) {
        this.deviceId = deviceId;
        this.passwordHash = passwordHash;
        this.salt = salt;
    }

    public static DeviceCredential issue(String deviceId, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A device password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new DeviceCredential(deviceId, hash(password, salt), Base64.getEncoder().encodeToString(salt));
    }

    public boolean matches(String password) {
        byte[] expected = Base64.getDecoder().decode(passwordHash);
        byte[] actual = Base64.getDecoder().decode(hash(password, Base64.getDecoder().decode(salt)));
        return MessageDigest.isEqual(expected, actual);
    }

    static String hash(String password, byte[] salt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            digest.update(salt);
            return Base64.getEncoder().encodeToString(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every JDK", e);
        }
    }

    public String deviceId() {
        return deviceId;
    }
}

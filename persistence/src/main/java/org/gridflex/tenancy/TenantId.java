package org.gridflex.tenancy;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a TSO tenant (ELIA, TENNETNL, 50HERTZ, ...). Every message and request that touches tenant data carries
 * one; only {@link TenantEntityManagers} turns it into a database.
 */
public record TenantId(String value) implements Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9_]{1,31}");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Malformed tenant id '" + value + "': expected upper-case letters and digits");
        }
    }

    /** Parses user input leniently as to case ("elia" is ELIA). */
    public static TenantId of(String raw) {
        Objects.requireNonNull(raw, "tenant id");
        return new TenantId(raw.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}

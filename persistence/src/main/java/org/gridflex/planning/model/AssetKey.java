package org.gridflex.planning.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The external identity of an asset as the planning topics carry it: {@code {assetIdentifierCodingScheme,
 * assetIdentifier}}, written {@code SCHEME:IDENTIFIER} inside GridFlex (e.g. {@code PL:37}).
 */
public record AssetKey(String codingScheme, String identifier) {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

    public AssetKey {
        Objects.requireNonNull(codingScheme, "assetIdentifierCodingScheme");
        Objects.requireNonNull(identifier, "assetIdentifier");
        if (!PART.matcher(codingScheme).matches() || !PART.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Malformed asset identifier {" + codingScheme + ", " + identifier
                    + "}: letters, digits, '.', '_' or '-', at most 64 each");
        }
    }

    /** Parses {@code SCHEME:IDENTIFIER}. */
    public static AssetKey parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("Malformed asset key '" + text + "': expected SCHEME:IDENTIFIER");
        }
        return new AssetKey(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return codingScheme + ":" + identifier;
    }
}

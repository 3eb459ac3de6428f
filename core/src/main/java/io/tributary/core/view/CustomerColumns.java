package io.tributary.core.view;

import java.nio.charset.StandardCharsets;

/**
 * The serving layer's copy of the customer dimension, table {@code customers}: row key = customer id (UTF-8), family
 * {@code c}, one UTF-8 string per attribute ({@code updated_at} as an ISO-8601 instant). A loader of the current Hudi
 * snapshot writes it; the API's profile endpoint reads it.
 */
public final class CustomerColumns {
    public static final String TABLE = "customers";
    public static final byte[] FAMILY = bytes("c");
    public static final byte[] NAME = bytes("name");
    public static final byte[] EMAIL = bytes("email");
    public static final byte[] COUNTRY = bytes("country");
    public static final byte[] SEGMENT = bytes("segment");
    public static final byte[] UPDATED_AT = bytes("updated_at");

    private CustomerColumns() {
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

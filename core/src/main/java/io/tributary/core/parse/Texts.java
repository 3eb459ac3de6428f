package io.tributary.core.parse;

import java.nio.charset.StandardCharsets;

/** Helpers for rejection messages: they quote the offending value, shortened, on one line. */
final class Texts {

    private static final int MAX_QUOTED_CHARS = 40;

    private Texts() {
    }

    /** The value in double quotes, cut to 40 characters, with control characters shown as {@code ?}. */
    static String quote(byte[] b, int off, int len) {
        return quote(new String(b, off, Math.min(len, MAX_QUOTED_CHARS * 4), StandardCharsets.UTF_8));
    }

    static String quote(String s) {
        boolean cut = s.length() > MAX_QUOTED_CHARS;
        String shown = cut ? s.substring(0, MAX_QUOTED_CHARS) : s;
        StringBuilder out = new StringBuilder(shown.length() + 8).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return out.append(cut ? "...\"" : "\"").toString();
    }
}

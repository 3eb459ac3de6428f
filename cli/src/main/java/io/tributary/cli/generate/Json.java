package io.tributary.cli.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes the manifest: maps (in insertion order), lists, strings, whole numbers, decimals and
 * booleans, indented by two spaces. Deterministic by construction, which a manifest compared byte
 * for byte across runs needs.
 */
final class Json {
    private Json() {
    }

    static String write(Object value) {
        StringBuilder b = new StringBuilder(4096);
        write(b, value, 0);
        return b.append('\n').toString();
    }

    private static void write(StringBuilder b, Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            writeMap(b, map, depth);
        } else if (value instanceof List<?> list) {
            writeList(b, list, depth);
        } else if (value instanceof String s) {
            string(b, s);
        } else if (value instanceof Double d) {
            b.append(BigDecimal.valueOf(d).toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            b.append(value);
        } else if (value == null) {
            b.append("null");
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void writeMap(StringBuilder b, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            b.append("{}");
            return;
        }
        b.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            b.append(first ? "\n" : ",\n");
            first = false;
            indent(b, depth + 1);
            string(b, String.valueOf(e.getKey()));
            b.append(": ");
            write(b, e.getValue(), depth + 1);
        }
        b.append('\n');
        indent(b, depth);
        b.append('}');
    }

    private static void writeList(StringBuilder b, List<?> list, int depth) {
        if (list.isEmpty()) {
            b.append("[]");
            return;
        }
        b.append('[');
        boolean first = true;
        for (Object item : list) {
            b.append(first ? "\n" : ",\n");
            first = false;
            indent(b, depth + 1);
            write(b, item, depth + 1);
        }
        b.append('\n');
        indent(b, depth);
        b.append(']');
    }

    private static void indent(StringBuilder b, int depth) {
        for (int i = 0; i < depth; i++) {
            b.append("  ");
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}

package io.tributary.cli.config;

import io.tributary.core.config.ConfigKey;
import java.util.List;

/**
 * Renders the key declarations of ConfigKeys for people: plain text for the terminal, a Markdown
 * table for docs/CONFIGURATION.md. The declarations are the one source; this only formats them.
 */
public final class ConfigDocs {
    private ConfigDocs() {
    }

    public static String text(List<ConfigKey<?>> keys) {
        StringBuilder b = new StringBuilder();
        for (ConfigKey<?> key : keys) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(key.name()).append('\n');
            b.append("    type:     ").append(key.type().name()).append('\n');
            b.append("    default:  ").append(key.defaultDoc()).append('\n');
            b.append("    valid:    ").append(validValues(key)).append('\n');
            b.append("    ").append(key.doc()).append('\n');
        }
        return b.toString();
    }

    public static String markdown(List<ConfigKey<?>> keys) {
        StringBuilder b = new StringBuilder();
        b.append("| key | type | default | valid values | description |\n");
        b.append("|---|---|---|---|---|\n");
        for (ConfigKey<?> key : keys) {
            b.append("| `").append(key.name()).append("` | ")
                .append(key.type().name()).append(" | ")
                .append(code(key.defaultDoc())).append(" | ")
                .append(cell(validValues(key))).append(" | ")
                .append(cell(key.doc())).append(" |\n");
        }
        return b.toString();
    }

    private static String validValues(ConfigKey<?> key) {
        return key.validDoc().isEmpty() ? "any " + key.type().name() : key.validDoc();
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") .replace("|", "\\|") + "`";
    }

    /** A table cell: a pipe would end the cell, a newline the row. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}

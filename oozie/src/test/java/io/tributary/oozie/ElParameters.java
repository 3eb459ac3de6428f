package io.tributary.oozie;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The parameters an Oozie file reads: the variables inside its {@code ${...}} EL expressions, leaving out functions
 * ({@code wf:id()}, {@code coord:current(-1)}, {@code timestamp()}), quoted strings, operators and Oozie's constants.
 */
final class ElParameters {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    /** A name, maybe prefixed (wf:, coord:), maybe called. */
    private static final Pattern NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)(:[A-Za-z_][A-Za-z0-9_]*)?\\s*(\\()?");
    private static final Set<String> NOT_PARAMETERS = Set.of(
        // EL operators and literals
        "eq", "ne", "lt", "gt", "le", "ge", "and", "or", "not", "empty", "div", "mod", "true", "false", "null",
        // Oozie's EL constants
        "KB", "MB", "GB", "TB", "PB", "MINUTES", "HOURS", "DAYS");
    /** What a coordinator dataset's uri-template may use: Oozie fills them from the instance's time. */
    static final Set<String> URI_TEMPLATE_VARIABLES = Set.of("YEAR", "MONTH", "DAY", "HOUR", "MINUTE");

    private ElParameters() {
    }

    /** Every parameter read anywhere in the file: element text and attribute values. */
    static Set<String> of(Path file) {
        Set<String> names = new TreeSet<>();
        collect(OozieFiles.parse(file).getDocumentElement(), names);
        return names;
    }

    /** The parameters read inside one string. */
    static Set<String> in(String text) {
        Set<String> names = new TreeSet<>();
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher name = NAME.matcher(QUOTED.matcher(expression.group(1)).replaceAll(" "));
            while (name.find()) {
                boolean function = name.group(2) != null || name.group(3) != null;
                if (!function && !NOT_PARAMETERS.contains(name.group(1))) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    private static void collect(Node node, Set<String> names) {
        if (node instanceof Element element) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                names.addAll(in(((Attr) attributes.item(i)).getValue()));
            }
        } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            names.addAll(in(node.getNodeValue()));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, names);
        }
    }
}

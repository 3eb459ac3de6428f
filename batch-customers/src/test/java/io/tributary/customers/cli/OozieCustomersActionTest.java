package io.tributary.customers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The Oozie java actions that run the customer dimension (the workflows in ../oozie/) name this module's main class,
 * and its command tree accepts their arguments once Oozie has filled in the parameters. Checked here because this is
 * the classpath those actions run on; the batch layer's actions are checked in the oozie module.
 */
class OozieCustomersActionTest {
    private static final String WORKFLOW_NS = "uri:oozie:workflow:1.0";
    private static final Path OOZIE_DIR = Path.of("..", "oozie");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Map<String, String> SAMPLE_PARAMETERS = Map.of(
        "customersInput", "hdfs://namenode:8020/tributary/raw/customers",
        "tributaryConf", "tributary.properties");

    @Test
    void customerActionsRunThisMainClassWithArgumentsItsCommandTreeAccepts() throws Exception {
        List<Element> actions = customerActions();
        assertThat(actions).as("java actions with main class " + CustomersCli.class.getName()).isNotEmpty();

        for (Element java : actions) {
            Class<?> main = Class.forName(text(java, "main-class"), false, getClass().getClassLoader());
            assertThat(main.getMethod("main", String[].class)).isNotNull();

            List<String> args = new ArrayList<>();
            NodeList argElements = java.getElementsByTagNameNS(WORKFLOW_NS, "arg");
            for (int i = 0; i < argElements.getLength(); i++) {
                args.add(fill(argElements.item(i).getTextContent().trim()));
            }
            ParseResult parsed = new CommandLine(new CustomersCli()).parseArgs(args.toArray(String[]::new));
            List<String> commands = new ArrayList<>();
            ParseResult last = parsed;
            for (ParseResult r = parsed; r != null; r = r.subcommand()) {
                commands.add(r.commandSpec().name());
                last = r;
            }
            assertThat(commands).containsExactly("tributary", "batch", "customers");
            assertThat(last.matchedOptionValue("--input", (String) null))
                .isEqualTo(SAMPLE_PARAMETERS.get("customersInput"));
            assertThat(last.hasMatchedOption("--conf")).isTrue();
        }
    }

    /** The java elements, in any workflow of ../oozie/, whose main class is this module's. */
    private static List<Element> customerActions() throws Exception {
        List<Element> found = new ArrayList<>();
        List<Path> workflows;
        try (Stream<Path> files = Files.list(OOZIE_DIR)) {
            workflows = files.filter(p -> p.getFileName().toString().endsWith("-workflow.xml")).sorted().toList();
        }
        assertThat(workflows).isNotEmpty();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Path workflow : workflows) {
            NodeList javas = factory.newDocumentBuilder().parse(workflow.toFile())
                .getElementsByTagNameNS(WORKFLOW_NS, "java");
            for (int i = 0; i < javas.getLength(); i++) {
                Element java = (Element) javas.item(i);
                if (text(java, "main-class").equals(CustomersCli.class.getName())) {
                    found.add(java);
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }

    private static String fill(String arg) {
        Matcher m = PLACEHOLDER.matcher(arg);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = SAMPLE_PARAMETERS.get(m.group(1));
            assertThat(value).as("a sample value for ${%s}", m.group(1)).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}

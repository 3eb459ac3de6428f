package io.tributary.oozie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The files of this folder (the module's base directory, where the tests run), parsed. */
final class OozieFiles {
    static final String WORKFLOW_NS = "uri:oozie:workflow:1.0";
    static final String COORDINATOR_NS = "uri:oozie:coordinator:0.5";
    static final String BUNDLE_NS = "uri:oozie:bundle:0.2";

    static final Path DIR = Path.of("").toAbsolutePath();
    static final Path NIGHTLY = DIR.resolve("nightly-workflow.xml");
    static final Path CUSTOMERS = DIR.resolve("customers-workflow.xml");
    static final Path BACKFILL = DIR.resolve("backfill-workflow.xml");
    static final Path COORDINATOR = DIR.resolve("coordinator.xml");
    static final Path BUNDLE = DIR.resolve("bundle.xml");
    static final Path COORDINATOR_PROPERTIES = DIR.resolve("coordinator.job.properties");
    static final Path BUNDLE_PROPERTIES = DIR.resolve("bundle.job.properties");
    static final Path BACKFILL_PROPERTIES = DIR.resolve("backfill.job.properties");

    private OozieFiles() {
    }

    static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + file, e);
        }
    }

    static Properties properties(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The element children of a node, in document order. */
    static List<Element> children(Node parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    /** The element children with this local name (any namespace). */
    static List<Element> children(Node parent, String localName) {
        return children(parent).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    static Element child(Node parent, String localName) {
        List<Element> found = children(parent, localName);
        if (found.size() != 1) {
            throw new AssertionError("expected one <" + localName + "> in <" + parent.getNodeName() + ">, found " + found.size());
        }
        return found.get(0);
    }

    static String text(Node parent, String localName) {
        return child(parent, localName).getTextContent().trim();
    }
}

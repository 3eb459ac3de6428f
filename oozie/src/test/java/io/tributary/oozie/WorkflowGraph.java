package io.tributary.oozie;

import static io.tributary.oozie.OozieFiles.child;
import static io.tributary.oozie.OozieFiles.children;
import static io.tributary.oozie.OozieFiles.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A workflow's nodes by name, and the java actions a successful run executes, in order: from the start node along
 * each action's ok transition, through a decision by its (single) case, down into sub-workflows, to the end node.
 */
final class WorkflowGraph {
    /** Where a sub-workflow's application path leads, among the files of this folder. */
    static final Map<String, Path> SUB_WORKFLOWS = Map.of("${customersAppPath}", OozieFiles.CUSTOMERS);

    /** A java action as the XML writes it. */
    record JavaAction(String name, String mainClass, List<String> args, boolean retried, boolean hasRetryInterval,
                      boolean capturesOutput, List<String> files) {
    }

    final Path file;
    final Element root;
    final Map<String, Element> nodes = new LinkedHashMap<>();

    WorkflowGraph(Path file) {
        this.file = file;
        Document document = OozieFiles.parse(file);
        this.root = document.getDocumentElement();
        for (Element node : children(root)) {
            if (node.hasAttribute("name")) {
                nodes.put(node.getAttribute("name"), node);
            }
        }
    }

    Element node(String name) {
        Element node = nodes.get(name);
        if (node == null) {
            throw new AssertionError(file.getFileName() + " has no node named " + name);
        }
        return node;
    }

    /** The name of the node an action goes to on success ("ok") or failure ("error"). */
    static String transition(Element action, String kind) {
        return child(action, kind).getAttribute("to");
    }

    /** The element inside an action that says what it does (java, sub-workflow, email, ...). */
    static Element body(Element action) {
        return children(action).get(0);
    }

    List<Element> actions() {
        return nodes.values().stream().filter(n -> "action".equals(n.getLocalName())).toList();
    }

    /** The java actions of a successful run, sub-workflows expanded, in execution order. */
    List<JavaAction> successPath() {
        List<JavaAction> path = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        String next = child(root, "start").getAttribute("to");
        while (true) {
            if (!visited.add(next)) {
                throw new AssertionError(file.getFileName() + ": the success path loops at " + next);
            }
            Element node = node(next);
            switch (node.getLocalName()) {
                case "end" -> {
                    return path;
                }
                case "action" -> {
                    Element body = body(node);
                    switch (body.getLocalName()) {
                        case "java" -> path.add(javaAction(node));
                        case "sub-workflow" -> {
                            String appPath = text(body, "app-path");
                            Path sub = SUB_WORKFLOWS.get(appPath);
                            if (sub == null) {
                                throw new AssertionError("unknown sub-workflow application " + appPath);
                            }
                            path.addAll(new WorkflowGraph(sub).successPath());
                        }
                        default -> throw new AssertionError(file.getFileName() + ": the success path runs the "
                            + body.getLocalName() + " action " + next);
                    }
                    next = transition(node, "ok");
                }
                case "decision" -> {
                    List<Element> cases = children(child(node, "switch"), "case");
                    if (cases.size() != 1) {
                        throw new AssertionError("decision " + next + " has " + cases.size() + " cases, expected one");
                    }
                    next = cases.get(0).getAttribute("to");
                }
                default -> throw new AssertionError(file.getFileName() + ": the success path reaches the "
                    + node.getLocalName() + " node " + next);
            }
        }
    }

    static JavaAction javaAction(Element action) {
        Element java = child(action, "java");
        return new JavaAction(action.getAttribute("name"), text(java, "main-class"),
            children(java, "arg").stream().map(e -> e.getTextContent().trim()).toList(),
            action.hasAttribute("retry-max"), action.hasAttribute("retry-interval"),
            !children(java, "capture-output").isEmpty(),
            children(java, "file").stream().map(e -> e.getTextContent().trim()).toList());
    }

    /** A parameter's default in the workflow's {@code <parameters>}, or null when it has none. */
    String parameterDefault(String name) {
        for (Element property : children(child(root, "parameters"), "property")) {
            if (text(property, "name").equals(name)) {
                return children(property, "value").isEmpty() ? null : text(property, "value");
            }
        }
        throw new AssertionError(file.getFileName() + " declares no parameter " + name);
    }
}

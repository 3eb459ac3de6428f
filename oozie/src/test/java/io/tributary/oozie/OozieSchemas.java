package io.tributary.oozie;

import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Oozie's own schemas, as oozie-client ships them at the root of its jar. A schema that includes or imports another
 * (the workflow schema includes oozie-common-1.0.xsd) finds it in the same jar through the resource resolver, so
 * nothing is fetched from the network.
 */
final class OozieSchemas {
    /** Workflow 1.0 with the actions and SLA elements our workflows use (strict: unknown namespaces fail). */
    static final Schema WORKFLOW = schema("oozie-workflow-1.0.xsd", "email-action-0.2.xsd", "oozie-sla-0.2.xsd");
    static final Schema COORDINATOR = schema("oozie-coordinator-0.5.xsd", "oozie-sla-0.2.xsd");
    static final Schema BUNDLE = schema("oozie-bundle-0.2.xsd");

    private OozieSchemas() {
    }

    static void validate(Schema schema, Path file) throws Exception {
        schema.newValidator().validate(new StreamSource(file.toFile()));
    }

    static Schema schema(String... xsds) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            factory.setResourceResolver(new JarResolver());
            Source[] sources = new Source[xsds.length];
            for (int i = 0; i < xsds.length; i++) {
                URL url = resource(xsds[i]);
                sources[i] = new StreamSource(url.openStream(), url.toExternalForm());
            }
            return factory.newSchema(sources);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the Oozie schemas " + String.join(", ", xsds), e);
        }
    }

    static URL resource(String xsd) {
        URL url = OozieSchemas.class.getClassLoader().getResource(xsd);
        if (url == null) {
            throw new IllegalStateException(xsd + " is not on the test classpath (oozie-client)");
        }
        return url;
    }

    /** Resolves an included or imported schema by its file name, from the oozie-client jar. */
    private static final class JarResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            URL url = resource(name);
            return new Input(publicId, url.toExternalForm(), baseUri);
        }
    }

    private record Input(String publicId, String systemId, String baseUri) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() {
            try {
                return java.net.URI.create(systemId).toURL().openStream();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return baseUri; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}

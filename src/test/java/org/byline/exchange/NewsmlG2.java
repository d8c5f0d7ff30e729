package org.byline.exchange;

import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * IPTC's NewsML-G2 2.35 and NITF 3.6 XSDs (copies in src/test/resources/newsml-g2, with their
 * licence), loaded together so the NITF inside inlineXML is validated too.
 */
public final class NewsmlG2 {
    private static final Schema SCHEMA = load();

    private NewsmlG2() {}

    /** Every error and warning the validator reports; empty when the document is valid. */
    public static List<String> problems(String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            problems.add(String.valueOf(e.getMessage()));
        }
        return problems;
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            Source[] sources = {source("xml.xsd"), source("NewsML-G2_2.35-spec-All-Power.xsd"), source("nitf-3-6.xsd")};
            return factory.newSchema(sources);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the NewsML-G2 and NITF schemas", e);
        }
    }

    private static Source source(String name) {
        URL url = NewsmlG2.class.getClassLoader().getResource("newsml-g2/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource newsml-g2/" + name);
        }
        return new StreamSource(url.toExternalForm());
    }
}

package org.byline.exchange;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomTime;
import org.byline.domain.Photo;
import org.byline.domain.Rendition;
import org.byline.render.BodyFormat;
import org.byline.render.Bylines;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An article as a NewsML-G2 2.35 text newsItem whose body is NITF 3.6, inline. Built as a DOM
 * tree: every typed word is a text node, so the serializer escapes it and nothing typed becomes
 * markup. Photos are NITF media blocks where the body places them (the lead first, the
 * unplaced ones last), pointing at the originals on the site.
 */
public final class NewsmlWriter {
    public static final String G2 = "http://iptc.org/std/nar/2006-10-01/";
    public static final String NITF = "http://iptc.org/std/NITF/2006-10-18/";
    private static final String CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml";
    private static final DateTimeFormatter NITF_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssZ").withZone(NewsroomTime.ZONE);

    public String write(ExportedArticle exported) {
        Document doc = newDocument();
        Article a = exported.article();
        ArticleContent content = a.content();
        SiteAddress site = exported.site();

        Element item = g2(doc, doc, "newsItem");
        item.setAttribute("guid", site.article(a.id()));
        item.setAttribute("version", Long.toString(a.version()));
        item.setAttribute("standard", "NewsML-G2");
        item.setAttribute("standardversion", "2.35");
        item.setAttribute("conformance", "power");
        item.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "ko");
        g2(doc, item, "catalogRef").setAttribute("href", CATALOG);
        Element rights = g2(doc, item, "rightsInfo");
        text(
                doc,
                g2(doc, g2(doc, rights, "copyrightHolder"), "name"),
                exported.outlet().name());
        text(doc, g2(doc, rights, "copyrightNotice"), exported.outlet().footer());

        Element meta = g2(doc, item, "itemMeta");
        g2(doc, meta, "itemClass").setAttribute("qcode", "ninat:text");
        Element provider = g2(doc, meta, "provider");
        provider.setAttribute("uri", site.base());
        text(doc, g2(doc, provider, "name"), exported.outlet().name());
        text(doc, g2(doc, meta, "versionCreated"), ArticleJson.time(a.updatedAt()));
        text(doc, g2(doc, meta, "firstCreated"), ArticleJson.time(a.createdAt()));
        if (a.embargoUntil() != null) {
            text(doc, g2(doc, meta, "embargoed"), ArticleJson.time(a.embargoUntil()));
        }
        g2(doc, meta, "pubStatus").setAttribute("qcode", "stat:" + exported.pubStatus());

        Element about = g2(doc, item, "contentMeta");
        text(doc, g2(doc, about, "contentCreated"), ArticleJson.time(a.shownRegisteredAt()));
        if (a.modifiedAt() != null) {
            text(doc, g2(doc, about, "contentModified"), ArticleJson.time(a.modifiedAt()));
        }
        text(doc, g2(doc, g2(doc, about, "creator"), "name"), a.reporter().name());
        g2(doc, about, "language").setAttribute("tag", "ko");
        for (String tag : content.tags()) {
            text(doc, g2(doc, about, "keyword"), tag);
        }
        if (!content.section().isBlank()) {
            Element subject = g2(doc, about, "subject");
            subject.setAttribute("uri", site.section(content.section()));
            text(doc, g2(doc, subject, "name"), content.section());
        }
        for (String tag : content.tags()) {
            Element subject = g2(doc, about, "subject");
            subject.setAttribute("uri", site.tag(tag));
            text(doc, g2(doc, subject, "name"), tag);
        }
        text(doc, g2(doc, about, "headline"), content.headline());
        String by = Bylines.closing(a.byline());
        if (!by.isBlank()) {
            text(doc, g2(doc, about, "by"), by);
        }

        Element inline = g2(doc, g2(doc, item, "contentSet"), "inlineXML");
        inline.setAttribute("contenttype", "application/nitf+xml");
        nitf(doc, inline, exported, site);
        return serialise(doc);
    }

    private static void nitf(Document doc, Element parent, ExportedArticle exported, SiteAddress site) {
        Article a = exported.article();
        ArticleContent content = a.content();
        Element nitf = nitf(doc, parent, "nitf");
        Element head = nitf(doc, nitf, "head");
        text(doc, nitf(doc, head, "title"), content.headline());
        Element docdata = nitf(doc, head, "docdata");
        nitf(doc, docdata, "doc-id").setAttribute("id-string", site.article(a.id()));
        if (a.embargoUntil() != null) {
            nitf(doc, docdata, "date.release").setAttribute("norm", NITF_TIME.format(a.embargoUntil()));
        }
        Element body = nitf(doc, nitf, "body");
        Element bodyHead = nitf(doc, body, "body.head");
        Element hedline = nitf(doc, bodyHead, "hedline");
        text(doc, nitf(doc, hedline, "hl1"), content.headline());
        if (!content.subheadline().isBlank()) {
            text(doc, nitf(doc, hedline, "hl2"), content.subheadline());
        }
        String by = Bylines.closing(a.byline());
        if (!by.isBlank()) {
            text(doc, nitf(doc, bodyHead, "byline"), by);
        }
        Element text = nitf(doc, body, "body.content");
        Set<Integer> placed = new HashSet<>();
        exported.photos().stream().filter(Photo::lead).forEach(p -> media(doc, text, p, site, placed));
        boolean leadWritten = false;
        String lead = Bylines.lead(exported.outlet(), a.byline());
        for (BodyFormat.Block block : BodyFormat.parse(content.body())) {
            if (block instanceof BodyFormat.Paragraph p) {
                Element para = nitf(doc, text, "p");
                List<String> lines = p.lines();
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) {
                        nitf(doc, para, "br");
                    }
                    String line = !leadWritten && i == 0 ? Bylines.before(lead) + lines.get(i) : lines.get(i);
                    para.appendChild(doc.createTextNode(xmlSafe(line)));
                }
                leadWritten = true;
            } else if (block instanceof BodyFormat.Subheading s) {
                text(doc, nitf(doc, text, "hl2"), s.text());
            } else if (block instanceof BodyFormat.ListBlock l) {
                Element list = nitf(doc, text, "ul");
                l.items().forEach(entry -> text(doc, nitf(doc, list, "li"), entry));
            } else if (block instanceof BodyFormat.PhotoRef ref) {
                exported.photos().stream()
                        .filter(p -> p.position() == ref.number())
                        .findFirst()
                        .ifPresent(p -> media(doc, text, p, site, placed));
            }
        }
        if (!leadWritten && !lead.isEmpty()) {
            text(doc, nitf(doc, text, "p"), lead);
        }
        exported.photos().forEach(p -> media(doc, text, p, site, placed));
        text(
                doc,
                nitf(doc, nitf(doc, body, "body.end"), "tagline"),
                exported.outlet().footer());
    }

    /** A photo as NITF media, once: a photo already placed is not repeated. */
    private static void media(Document doc, Element parent, Photo p, SiteAddress site, Set<Integer> placed) {
        if (!placed.add(p.position())) {
            return;
        }
        Element media = nitf(doc, parent, "media");
        media.setAttribute("media-type", "image");
        Element reference = nitf(doc, media, "media-reference");
        reference.setAttribute("source", site.rendition(p, Rendition.BASE));
        reference.setAttribute("mime-type", "image/jpeg");
        reference.setAttribute("width", Integer.toString(Rendition.BASE.widthOf(p)));
        reference.setAttribute("height", Integer.toString(Rendition.BASE.heightOf(p)));
        reference.setAttribute("alternate-text", xmlSafe(p.alt().isBlank() ? p.caption() : p.alt()));
        Element original = nitf(doc, media, "media-reference");
        original.setAttribute("source", site.original(p));
        original.setAttribute("mime-type", p.mediaType());
        original.setAttribute("width", Integer.toString(p.width()));
        original.setAttribute("height", Integer.toString(p.height()));
        if (!p.caption().isBlank()) {
            text(doc, nitf(doc, media, "media-caption"), p.caption());
        }
        if (!p.credit().isBlank()) {
            text(doc, nitf(doc, media, "media-producer"), p.credit());
        }
    }

    private static Element g2(Document doc, Node parent, String name) {
        return (Element) parent.appendChild(doc.createElementNS(G2, name));
    }

    private static Element nitf(Document doc, Element parent, String name) {
        return (Element) parent.appendChild(doc.createElementNS(NITF, name));
    }

    private static void text(Document doc, Element element, String value) {
        element.appendChild(doc.createTextNode(xmlSafe(value)));
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("every JDK builds DOM documents", e);
        }
    }

    private static String serialise(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // no indenting: it would add spaces inside paragraphs that hold line breaks
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write NewsML-G2", e);
        }
    }

    /** XML 1.0 has no way to write most control characters, even escaped: they are left out. */
    static String xmlSafe(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD
                        || c >= 0x10000 && c <= 0x10FFFF)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}

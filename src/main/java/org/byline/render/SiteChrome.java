package org.byline.render;

import java.util.List;
import org.byline.domain.Outlet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What every page of the site carries: masthead, section menu and footer. */
final class SiteChrome {
    private SiteChrome() {}

    static void fill(Document doc, Outlet outlet, List<String> sections, String current) {
        Template.byId(doc, "masthead").text(outlet.masthead()).attr("href", outlet.siteAddress());
        Element nav = Template.byId(doc, "section-nav");
        for (String section : sections) {
            Element item = nav.appendElement("span").text(section);
            if (section.equals(current)) {
                item.addClass("current");
            }
        }
        Template.byId(doc, "footer-name").text(outlet.name());
        Template.byId(doc, "footer").text(outlet.footer());
    }
}

package org.byline.render;

import org.jsoup.nodes.Element;

/** A photo as a figure: the image, then its caption and credit as text. */
final class Figures {
    private Figures() {}

    static void append(Element parent, PagePhoto photo) {
        Element figure =
                parent.appendElement("figure").addClass("photo").attr("data-photo", Integer.toString(photo.number()));
        figure.appendElement("img")
                .attr("src", photo.src())
                .attr("alt", photo.alt())
                .attr("width", Integer.toString(photo.width()))
                .attr("height", Integer.toString(photo.height()));
        if (!photo.caption().isBlank() || !photo.credit().isBlank()) {
            Element caption = figure.appendElement("figcaption");
            if (!photo.caption().isBlank()) {
                caption.appendElement("span").addClass("caption").text(photo.caption());
            }
            if (!photo.credit().isBlank()) {
                caption.appendElement("span").addClass("credit").text(credit(photo.credit()));
            }
        }
    }

    /** "(사진=영등포구청)" as Korean sites print it; a credit typed with its own brackets stays as typed. */
    static String credit(String credit) {
        String c = credit.strip();
        return c.startsWith("(") || c.startsWith("[") || c.startsWith("ⓒ") ? c : "(" + c + ")";
    }
}

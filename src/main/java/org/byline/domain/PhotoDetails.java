package org.byline.domain;

/** What a reporter writes for a photo: the caption (사진 설명), the credit ("사진=영등포구청") and alt text. */
public record PhotoDetails(String caption, String credit, String alt) {
    public static final PhotoDetails NONE = new PhotoDetails("", "", "");

    public PhotoDetails {
        caption = caption == null ? "" : caption.strip();
        credit = credit == null ? "" : credit.strip();
        alt = alt == null ? "" : alt.strip();
    }
}

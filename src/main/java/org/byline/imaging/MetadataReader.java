package org.byline.imaging;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.StringValue;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.byline.domain.NewsroomTime;

/**
 * Reads caption, credit, by-line, copyright, capture time and orientation from a photo's IPTC, XMP
 * and EXIF (metadata-extractor does the parsing). For each field the first source that has it
 * wins: IPTC (what photo desks and agencies fill in), then XMP, then EXIF (what the camera wrote).
 * A photo whose metadata cannot be read is still a photo: the result is then {@link PhotoMetadata#NONE}.
 */
public final class MetadataReader {
    /** Camera makers' placeholders in EXIF ImageDescription; no reporter wants them as a caption. */
    private static final Set<String> CAMERA_PLACEHOLDERS = Set.of(
            "OLYMPUS DIGITAL CAMERA",
            "SAMSUNG CAMERA PICTURES",
            "SONY DSC",
            "DIGITAL CAMERA",
            "KONICA MINOLTA DIGITAL CAMERA",
            "MINOLTA DIGITAL CAMERA",
            "DEFAULT",
            "LEICA",
            "EASYSHARE CAMERA",
            "AGFA DIGITAL CAMERA",
            "SAMSUNG DIGITAL CAMERA",
            "CREATOR: GD-JPEG");

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss", Locale.ROOT);
    /** The newsroom's clock: a camera that writes no offset was set to Korean time. */
    public PhotoMetadata read(Path file) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return PhotoMetadata.NONE;
        }
        IptcRecords iptc = IptcRecords.ofJpeg(file); // for PNG: none, PNGs carry XMP if anything
        XMPMeta xmp = xmp(metadata);
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);

        String caption = first(
                iptc.text(IptcRecords.CAPTION),
                xmpArrayItem(xmp, XMPConst.NS_DC, "description"),
                cameraDescription(exifText(ifd0, ExifIFD0Directory.TAG_IMAGE_DESCRIPTION)));
        String credit = first(
                iptc.text(IptcRecords.CREDIT),
                xmpProperty(xmp, XMPConst.NS_PHOTOSHOP, "Credit"),
                iptc.text(IptcRecords.SOURCE),
                xmpProperty(xmp, XMPConst.NS_PHOTOSHOP, "Source"));
        String byline = first(
                iptc.text(IptcRecords.BY_LINE),
                xmpArrayItem(xmp, XMPConst.NS_DC, "creator"),
                exifText(ifd0, ExifIFD0Directory.TAG_ARTIST));
        String copyright = first(
                iptc.text(IptcRecords.COPYRIGHT_NOTICE),
                xmpArrayItem(xmp, XMPConst.NS_DC, "rights"),
                exifText(ifd0, ExifIFD0Directory.TAG_COPYRIGHT));
        return new PhotoMetadata(caption, credit, byline, copyright, capturedAt(exif), orientation(ifd0));
    }

    private static XMPMeta xmp(Metadata metadata) {
        XmpDirectory xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        return xmp == null ? null : xmp.getXMPMeta();
    }

    private static String xmpProperty(XMPMeta xmp, String namespace, String name) {
        try {
            return xmp == null ? "" : nullToEmpty(xmp.getPropertyString(namespace, name));
        } catch (XMPException e) {
            return "";
        }
    }

    /** dc:description and dc:rights are language alternatives, dc:creator an ordered list: the first item. */
    private static String xmpArrayItem(XMPMeta xmp, String namespace, String name) {
        try {
            if (xmp == null || !xmp.doesPropertyExist(namespace, name)) {
                return "";
            }
            var item = xmp.getArrayItem(namespace, name, 1);
            return item == null ? "" : nullToEmpty(item.getValue());
        } catch (XMPException e) {
            return xmpProperty(xmp, namespace, name); // written as a plain property by some tools
        }
    }

    private static String exifText(Directory dir, int tag) {
        if (dir == null || !dir.containsTag(tag)) {
            return "";
        }
        StringValue value = dir.getStringValue(tag);
        return value == null ? nullToEmpty(dir.getString(tag)) : LegacyText.decode(value.getBytes());
    }

    private static String cameraDescription(String description) {
        String d = description.strip();
        return CAMERA_PLACEHOLDERS.contains(d.toUpperCase(Locale.ROOT)) ? "" : d;
    }

    private static int orientation(Directory ifd0) {
        if (ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            return 1;
        }
        Integer value = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return value == null ? 1 : value;
    }

    /** DateTimeOriginal, at its OffsetTimeOriginal when the camera wrote one, else in NewsroomTime.ZONE. */
    static Instant capturedAt(ExifSubIFDDirectory exif) {
        if (exif == null) {
            return null;
        }
        String time = exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
        if (time == null || time.isBlank()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(time.strip(), EXIF_TIME);
            String offset = exif.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL);
            if (offset != null && offset.strip().matches("[+-]\\d\\d:\\d\\d")) {
                return local.toInstant(ZoneOffset.of(offset.strip()));
            }
            return local.atZone(NewsroomTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null; // "0000:00:00 00:00:00" and other placeholders of cameras without a clock
        }
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return "";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

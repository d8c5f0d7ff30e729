package org.byline.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IPTC datasets whose declared length lies: read up to where the block ends, never trusted for an allocation. */
class IptcRecordsTest {
    @TempDir
    Path dir;

    @Test
    void aDatasetDeclaringTwoGigabytes_endsTheReading_withoutAllocatingIt() {
        // 2:120 (caption) with an extended length of 4 bytes: 0x7FFFFFF0, and five bytes actually there
        byte[] iim = {
            0x1C, 2, 0x78, (byte) 0x80, 0x04, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 'a', 'b', 'c', 'd', 'e'
        };

        IptcRecords records = IptcRecords.parse(iim);

        assertThat(records.text(IptcRecords.CAPTION)).isEmpty();
    }

    @Test
    void aJpegWhoseIptcDeclaresTwoGigabytes_isStillReadAsAPhotoWithoutThatCaption() {
        byte[] good = TestImages.iptcSegment(Map.of(110, "사진=구청"), StandardCharsets.UTF_8);
        byte[] jpeg = TestImages.withSegments(TestImages.jpeg(120, 80), withHugeCaption(good));

        PhotoMetadata m = new MetadataReader().read(TestImages.write(dir.resolve("iptc-2gb-length.jpg"), jpeg));

        assertThat(m.credit()).isEqualTo("사진=구청");
        assertThat(m.caption()).isEmpty();
    }

    /** The segment with a caption dataset appended that claims 0x7FFFFFF0 bytes (the resource and segment sizes grown to match). */
    private static byte[] withHugeCaption(byte[] segment) {
        byte[] lie = {0x1C, 2, 0x78, (byte) 0x80, 0x04, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 'x', 'y'};
        // segment: FF ED len(2) "Photoshop 3.0\0"(14) "8BIM"(4) id(2) name(2) size(4) data [pad]
        int sizeAt = 4 + 14 + 4 + 2 + 2;
        int size = ByteBuffer.wrap(segment, sizeAt, 4).getInt();
        byte[] data = Arrays.copyOfRange(segment, sizeAt + 4, sizeAt + 4 + size);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(segment, 4, sizeAt - 4);
        byte[] newData = new byte[data.length + lie.length];
        System.arraycopy(data, 0, newData, 0, data.length);
        System.arraycopy(lie, 0, newData, data.length, lie.length);
        body.writeBytes(ByteBuffer.allocate(4).putInt(newData.length).array());
        body.writeBytes(newData);
        if (newData.length % 2 == 1) {
            body.write(0);
        }
        byte[] b = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xED, (byte) ((b.length + 2) >> 8), (byte) (b.length + 2)});
        out.writeBytes(b);
        return out.toByteArray();
    }
}

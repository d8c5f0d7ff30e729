package org.byline.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caption, credit, by-line, copyright, capture time and orientation as photos carry them. */
class MetadataReaderTest {
    private static final Charset EUC_KR = Charset.forName("EUC-KR");

    @TempDir
    Path dir;

    private final MetadataReader reader = new MetadataReader();

    @Test
    void iptcInEucKr_fromKoreanPhotoshop_isReadAsKorean() {
        byte[] jpeg = TestImages.withSegments(
                TestImages.jpeg(120, 80),
                TestImages.iptcSegment(
                        Map.of(
                                120, "영등포구청 앞에서 열린 주민 설명회",
                                110, "영등포구청",
                                80, "김사진",
                                116, "ⓒ영등포구청"),
                        EUC_KR));

        PhotoMetadata m = reader.read(TestImages.write(dir.resolve("euckr.jpg"), jpeg));

        assertThat(m.caption()).isEqualTo("영등포구청 앞에서 열린 주민 설명회");
        assertThat(m.credit()).isEqualTo("영등포구청");
        assertThat(m.byline()).isEqualTo("김사진");
        assertThat(m.copyright()).isEqualTo("ⓒ영등포구청");
    }

    @Test
    void iptcInCp949_withSyllablesEucKrLacks_isReadAsKorean() {
        byte[] jpeg = TestImages.withSegments(
                TestImages.jpeg(120, 80),
                TestImages.iptcSegment(Map.of(120, "똠양꿍 축제"), Charset.forName("x-windows-949")));

        assertThat(reader.read(TestImages.write(dir.resolve("cp949.jpg"), jpeg)).caption())
                .isEqualTo("똠양꿍 축제");
    }

    @Test
    void iptcInUtf8_declaredByItsCodedCharacterSet_isReadAsUtf8() {
        byte[] jpeg = TestImages.withSegments(
                TestImages.jpeg(120, 80),
                TestImages.iptcSegment(
                        Map.of(
                                120, "여의도 한강공원 불꽃축제 — 시민 100만 명",
                                110, "사진=서울시"),
                        StandardCharsets.UTF_8));

        PhotoMetadata m = reader.read(TestImages.write(dir.resolve("utf8.jpg"), jpeg));

        assertThat(m.caption()).isEqualTo("여의도 한강공원 불꽃축제 — 시민 100만 명");
        assertThat(m.credit()).isEqualTo("사진=서울시");
    }

    @Test
    void exif_givesOrientationCaptureTimeInKstAndTheArtistInEucKr() {
        byte[] jpeg = TestImages.withSegments(
                TestImages.jpeg(120, 80),
                TestImages.exifSegment(new TestImages.Exif(
                        6,
                        "2024:05:01 14:30:00",
                        null,
                        "박기자".getBytes(EUC_KR),
                        "OLYMPUS DIGITAL CAMERA".getBytes(StandardCharsets.US_ASCII))));

        PhotoMetadata m = reader.read(TestImages.write(dir.resolve("exif.jpg"), jpeg));

        assertThat(m.orientation()).isEqualTo(6);
        assertThat(m.swapsSides()).isTrue();
        assertThat(m.capturedAt()).isEqualTo(Instant.parse("2024-05-01T05:30:00Z"));
        assertThat(m.byline()).isEqualTo("박기자");
        assertThat(m.caption()).as("a camera's placeholder is no caption").isEmpty();
    }

    @Test
    void exifCaptureTime_withItsOwnOffset_usesThatOffset() {
        byte[] jpeg = TestImages.withSegments(
                TestImages.jpeg(120, 80),
                TestImages.exifSegment(new TestImages.Exif(1, "2024:05:01 14:30:00", "+02:00", null, null)));

        assertThat(reader.read(TestImages.write(dir.resolve("paris.jpg"), jpeg)).capturedAt())
                .isEqualTo(Instant.parse("2024-05-01T12:30:00Z"));
    }

    @Test
    void iptcWins_overExif_fieldByField() {
        byte[] jpeg = TestImages.withSegments(
                TestImages.jpeg(120, 80),
                TestImages.exifSegment(new TestImages.Exif(
                        1,
                        null,
                        null,
                        "Camera Owner".getBytes(StandardCharsets.US_ASCII),
                        "구청 전경".getBytes(StandardCharsets.UTF_8))),
                TestImages.iptcSegment(Map.of(80, "김사진"), EUC_KR));

        PhotoMetadata m = reader.read(TestImages.write(dir.resolve("both.jpg"), jpeg));

        assertThat(m.byline()).isEqualTo("김사진");
        assertThat(m.caption()).as("from EXIF ImageDescription, IPTC has none").isEqualTo("구청 전경");
    }

    @Test
    void aPhotoWithoutMetadata_saysNothing_andIsUpright() {
        PhotoMetadata m = reader.read(TestImages.write(dir.resolve("plain.png"), TestImages.png(50, 40, false)));

        assertThat(m).isEqualTo(PhotoMetadata.NONE);
    }
}

package org.byline.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.byline.domain.NewsroomException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is refused before a single pixel is decoded, and what passes. */
class PhotoInspectorTest {
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @TempDir
    Path dir;

    private final PhotoInspector inspector = new PhotoInspector(PhotoInspector.DEFAULT_MAX_PIXELS);

    @Test
    void aCameraJpeg_passes_withItsStoredSize() {
        Path photo = TestImages.write(dir.resolve("현장.jpg"), TestImages.jpeg(640, 480));

        InspectedPhoto inspected = inspector.inspect(photo, FIFTY_MB);

        assertThat(inspected.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(inspected.width()).isEqualTo(640);
        assertThat(inspected.height()).isEqualTo(480);
    }

    @Test
    void progressiveCmykAndPngPhotos_pass() {
        assertThat(inspector
                        .inspect(TestImages.write(dir.resolve("p.jpg"), TestImages.progressiveJpeg(300, 200)), FIFTY_MB)
                        .width())
                .isEqualTo(300);
        assertThat(inspector
                        .inspect(TestImages.write(dir.resolve("c.jpg"), TestImages.cmykJpeg(120, 80)), FIFTY_MB)
                        .height())
                .isEqualTo(80);
        assertThat(inspector
                        .inspect(TestImages.write(dir.resolve("a.png"), TestImages.png(90, 60, true)), FIFTY_MB)
                        .format())
                .isEqualTo(ImageFormat.PNG);
    }

    @Test
    void aJpegWithBytesAfterItsEnd_passes() {
        // some phones append a second picture or maker data after the end marker
        byte[] jpeg = TestImages.jpeg(200, 100);
        byte[] withTrailer = Arrays.copyOf(jpeg, jpeg.length + 500);

        assertThat(inspector
                        .inspect(TestImages.write(dir.resolve("phone.jpg"), withTrailer), FIFTY_MB)
                        .width())
                .isEqualTo(200);
    }

    @Test
    void aZeroByteFile_isRefusedAsEmpty() {
        Path empty = TestImages.write(dir.resolve("빈파일.jpg"), new byte[0]);

        assertRefused(empty, "error.photo.empty");
    }

    @Test
    void aTruncatedJpeg_isRefusedAsDamaged() {
        byte[] jpeg = TestImages.jpeg(800, 600);
        Path cut = TestImages.write(dir.resolve("끊긴사진.jpg"), Arrays.copyOf(jpeg, jpeg.length * 2 / 3));

        assertRefused(cut, "error.photo.damaged");
    }

    @Test
    void aPngWhoseTextChunkInflatesToGigabytes_isRefusedAsDamaged_beforeAnyReaderInflatesIt() {
        byte[] png = TestImages.pngWithTextInflatingTo(200, 150, 64L << 20);
        assertThat(png.length).isLessThan(1 << 20);

        assertRefused(TestImages.write(dir.resolve("ztxt-bomb.png"), png), "error.photo.damaged");
        assertThat(inspector
                        .inspect(
                                TestImages.write(
                                        dir.resolve("ztxt-small.png"),
                                        TestImages.pngWithTextInflatingTo(200, 150, 1L << 20)),
                                FIFTY_MB)
                        .width())
                .isEqualTo(200);
    }

    @Test
    void aJpegCutInsideItsHeader_isRefusedAsDamaged() {
        byte[] jpeg = TestImages.withSegments(
                TestImages.jpeg(80, 60), TestImages.exifSegment(TestImages.Exif.orientation(6)));
        Path cut = TestImages.write(dir.resolve("머리만.jpg"), Arrays.copyOf(jpeg, 30));

        assertRefused(cut, "error.photo.damaged");
    }

    @Test
    void aTruncatedPng_isRefusedAsDamaged() {
        byte[] png = TestImages.png(300, 200, false);
        Path cut = TestImages.write(dir.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));

        assertRefused(cut, "error.photo.damaged");
    }

    @Test
    void aTextFileNamedJpg_isRefusedAsNotAPhoto() {
        Path text = TestImages.write(dir.resolve("보도자료.jpg"), "구청 보도자료입니다.".getBytes(StandardCharsets.UTF_8));

        assertRefused(text, "error.photo.notAnImage");
    }

    @Test
    void aPngThatClaims50000By50000Pixels_isRefusedFromItsHeader() {
        Path bomb = TestImages.write(dir.resolve("bomb.png"), TestImages.pngClaiming(50_000, 50_000));

        assertThatThrownBy(() -> inspector.inspect(bomb, FIFTY_MB))
                .isInstanceOfSatisfying(NewsroomException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.photo.tooManyPixels");
                    assertThat(e.args()).containsExactly(bomb, "50000×50000", 100L);
                });
    }

    @Test
    void aFileOverTheSizeLimit_isRefused_sayingBothSizes() {
        Path photo = TestImages.write(dir.resolve("큰사진.jpg"), TestImages.jpeg(1200, 900));

        assertThatThrownBy(() -> inspector.inspect(photo, 1024))
                .isInstanceOfSatisfying(
                        NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.photo.tooLarge"));
    }

    @Test
    void aFolder_isRefusedAsAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("사진폴더.jpg"));

        assertRefused(folder, "error.photo.directory");
    }

    @Test
    void aFileThatIsNotThere_isRefusedAsMissing() {
        assertRefused(dir.resolve("없는사진.jpg"), "error.photo.notFound");
    }

    /** Skipped as root, who reads a file whatever its permission bits say. */
    @Test
    void aFileWithoutReadPermission_isRefusedAsUnreadable() throws Exception {
        Path photo = TestImages.write(dir.resolve("잠긴사진.jpg"), TestImages.jpeg(100, 100));
        Files.setPosixFilePermissions(photo, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(photo), "the file is still readable for this user (root)");

            assertRefused(photo, "error.photo.unreadable");
        } finally {
            Files.setPosixFilePermissions(photo, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> inspector.inspect(file, FIFTY_MB))
                .isInstanceOfSatisfying(NewsroomException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.args()[0]).isEqualTo(file);
                });
    }
}

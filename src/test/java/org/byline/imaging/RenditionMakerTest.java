package org.byline.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.byline.domain.Rendition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's sizes: widths, never larger than the original, upright, JPEG, every kind of input. */
class RenditionMakerTest {
    @TempDir
    Path dir;

    private final RenditionMaker maker = new RenditionMaker(RenditionMaker.DEFAULT_QUALITY);

    @Test
    void aLargePhoto_gets220_640And1400PixelWideJpegs_inItsProportions() throws IOException {
        Map<Rendition, BufferedImage> made =
                make(TestImages.write(dir.resolve("big.jpg"), TestImages.jpeg(3000, 2000)), 1);

        assertThat(made.get(Rendition.THUMBNAIL))
                .extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(220, 147);
        assertThat(made.get(Rendition.VIEW))
                .extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(640, 427);
        assertThat(made.get(Rendition.BASE))
                .extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(1400, 933);
        for (Rendition size : Rendition.values()) {
            byte[] head = Files.readAllBytes(dir.resolve(size.code() + ".jpg"));
            assertThat(ImageFormat.recognise(head)).contains(ImageFormat.JPEG);
        }
    }

    @Test
    void aSmallPhoto_isNeverScaledUp() {
        Map<Rendition, BufferedImage> made =
                make(TestImages.write(dir.resolve("small.jpg"), TestImages.jpeg(500, 400)), 1);

        assertThat(made.get(Rendition.THUMBNAIL).getWidth()).isEqualTo(220);
        assertThat(made.get(Rendition.VIEW))
                .extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(500, 400);
        assertThat(made.get(Rendition.BASE))
                .extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(500, 400);
    }

    @Test
    void orientation6_turnsA400By300StoredPhotoInto300By400_upright() {
        Map<Rendition, BufferedImage> made =
                make(TestImages.write(dir.resolve("turned.jpg"), TestImages.jpeg(400, 300)), 6);

        BufferedImage base = made.get(Rendition.BASE);
        assertThat(base)
                .extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(300, 400);
        // a quarter turn clockwise: the stored top-left (red) is now top-right, top-right (blue) bottom-right
        assertThat(isMostly(base, 290, 10, TestImages.TOP_LEFT)).isTrue();
        assertThat(isMostly(base, 290, 390, TestImages.TOP_RIGHT)).isTrue();
        assertThat(made.get(Rendition.THUMBNAIL))
                .extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(220, 293);
    }

    @Test
    void everyOrientation_putsTheRedCornerWhereTheCameraMeantIt() {
        Path photo = TestImages.write(dir.resolve("o.jpg"), TestImages.jpeg(400, 300));
        // where the stored top-left corner is shown, for EXIF orientations 1 to 8
        int[][] corner = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 1}, {0, 1}};
        for (int o = 1; o <= 8; o++) {
            BufferedImage base = make(photo, o).get(Rendition.BASE);
            int x = corner[o - 1][0] == 0 ? 10 : base.getWidth() - 10;
            int y = corner[o - 1][1] == 0 ? 10 : base.getHeight() - 10;
            assertThat(isMostly(base, x, y, TestImages.TOP_LEFT))
                    .as("orientation " + o)
                    .isTrue();
        }
    }

    @Test
    void aCmykJpeg_becomesAnRgbRendition_withItsColours() {
        Map<Rendition, BufferedImage> made =
                make(TestImages.write(dir.resolve("cmyk.jpg"), TestImages.cmykJpeg(600, 400)), 1);

        BufferedImage view = made.get(Rendition.VIEW);
        assertThat(isMostly(view, 50, 200, Color.RED)).isTrue();
        assertThat(isMostly(view, 590, 200, Color.BLUE)).isTrue();
    }

    @Test
    void aProgressiveJpeg_isRendered() {
        Map<Rendition, BufferedImage> made =
                make(TestImages.write(dir.resolve("prog.jpg"), TestImages.progressiveJpeg(1600, 1200)), 1);

        assertThat(made.get(Rendition.BASE).getWidth()).isEqualTo(1400);
        assertThat(isMostly(made.get(Rendition.BASE), 5, 5, TestImages.TOP_LEFT))
                .isTrue();
    }

    @Test
    void aPngWithTransparency_isFlattenedOnWhite() {
        Map<Rendition, BufferedImage> made =
                make(TestImages.write(dir.resolve("logo.png"), TestImages.png(800, 400, true)), 1);

        BufferedImage view = made.get(Rendition.VIEW);
        assertThat(isMostly(view, 600, 200, Color.WHITE)).isTrue();
        assertThat(isMostly(view, 10, 10, TestImages.TOP_LEFT)).isTrue();
    }

    private Map<Rendition, BufferedImage> make(Path original, int orientation) {
        Map<Rendition, Path> targets = new EnumMap<>(Rendition.class);
        for (Rendition size : Rendition.values()) {
            targets.put(size, dir.resolve(size.code() + ".jpg"));
        }
        maker.make(original, orientation, targets, original.getFileName().toString());
        Map<Rendition, BufferedImage> read = new EnumMap<>(Rendition.class);
        targets.forEach((size, file) -> {
            try {
                read.put(size, ImageIO.read(file.toFile()));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        return read;
    }

    /** Within JPEG's tolerance of {@code expected}. */
    static boolean isMostly(BufferedImage image, int x, int y, Color expected) {
        Color c = new Color(image.getRGB(x, y));
        return Math.abs(c.getRed() - expected.getRed()) < 60
                && Math.abs(c.getGreen() - expected.getGreen()) < 60
                && Math.abs(c.getBlue() - expected.getBlue()) < 60;
    }
}

package org.byline.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.byline.domain.NewsroomException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits a backup is unpacked under, counted on the bytes really inflated (small limits here, the same code). */
class BackupCheckTest {
    @TempDir
    Path dir;

    @Test
    void anOriginalThatInflatesPastTheLimit_isRefusedWhileUnpacking_whateverItsHeaderSays() throws Exception {
        Path zip = dir.resolve("oversized-original.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("media/ab/ab" + "0".repeat(62)));
            out.write(new byte[1 << 20]); // a megabyte of zeros, a few hundred bytes compressed
            out.closeEntry();
        }
        Path into = Files.createDirectory(dir.resolve("into"));

        assertThatThrownBy(() -> new BackupCheck(new BackupCheck.Limits(10, 64 * 1024, 0)).unpack(zip, into))
                .isInstanceOf(NewsroomException.class)
                .hasFieldOrPropertyWithValue("key", "error.backup.entryTooLarge");
    }

    @Test
    void moreEntriesThanAnyNewsroomHas_areRefused() throws Exception {
        Path zip = dir.resolve("too-many-entries.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 11; i++) {
                out.putNextEntry(new ZipEntry("media/" + i + "/"));
                out.closeEntry();
            }
        }
        Path into = Files.createDirectory(dir.resolve("into"));

        assertThatThrownBy(() -> new BackupCheck(new BackupCheck.Limits(10, 64 * 1024, 0)).unpack(zip, into))
                .isInstanceOf(NewsroomException.class)
                .hasFieldOrPropertyWithValue("key", "error.backup.tooManyEntries");
    }
}

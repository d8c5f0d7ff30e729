package org.byline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {
    @TempDir
    Path dir;

    @Test
    void theSchemaVersionThatSkipsFlyway_isTheNewestMigration() throws IOException {
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> versioned.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void aStoreOpenedAgain_isInWalModeWithForeignKeys_andMigratedOnce() {
        Database.open(dir).close();
        try (Database db = Database.open(dir)) {
            String journal = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            int foreignKeys = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            int migrations = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(journal).isEqualToIgnoringCase("wal");
            assertThat(foreignKeys).isEqualTo(1);
            assertThat(migrations).isEqualTo(Database.SCHEMA_VERSION);
        }
    }
}

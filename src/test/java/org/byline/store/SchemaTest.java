package org.byline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {
    @TempDir
    Path dir;

    @Test
    void theSchemaVersionThatSkipsFlyway_isTheNewestMigration() throws IOException {
        assertThat(Database.SCHEMA_VERSION).isEqualTo(migrationVersions().max().orElseThrow());
    }

    @Test
    void aStoreOpenedAgain_isInWalModeWithForeignKeys_andMigratedOnce() throws IOException {
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
                try (ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(journal).isEqualToIgnoringCase("wal");
            assertThat(foreignKeys).isEqualTo(1);
            // one history row per migration file: versions need not be contiguous (branches add them)
            assertThat(migrations).isEqualTo(migrationVersions().count());
        }
    }

    private static IntStream migrationVersions() throws IOException {
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int[] versions = files.map(f -> versioned.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .toArray();
            return IntStream.of(versions);
        }
    }
}

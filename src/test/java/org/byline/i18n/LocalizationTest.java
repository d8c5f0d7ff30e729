package org.byline.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.byline.domain.NewsroomException;
import org.junit.jupiter.api.Test;

/** Both languages say everything Byline says, and nothing in the bundles is left unsaid. */
class LocalizationTest {
    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
    private static final Path BUNDLES = PROJECT.resolve("src/main/resources/org/byline/i18n");
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:error|app|editor|preview|queue|status|save|action|shell|help|welcome|cli|strip|report|startup|style|desk|role|people|revision|lock|profile|history|settings|export|import|push|outbox)\\.[A-Za-z0-9.]+)\"");

    @Test
    void koreanAndEnglish_haveExactlyTheSameKeys() throws IOException {
        assertThat(keys(bundle("ko"))).isEqualTo(keys(bundle("en")));
    }

    @Test
    void everyKeyTheCodeUses_isInBothBundles() throws IOException {
        Set<String> used = keysUsedInSources();

        assertThat(used).isNotEmpty().contains("error.staleVersion", "cli.saved");
        assertThat(keys(bundle("ko"))).containsAll(used);
        assertThat(keys(bundle("en"))).containsAll(used);
    }

    @Test
    void everyBundleKey_isUsedSomewhereInTheCode() throws IOException {
        String sources = allSources();

        Set<String> unused = keys(bundle("ko")).stream()
                .filter(key -> !sources.contains("\"" + key + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).isEmpty();
    }

    @Test
    void everyPattern_compiles_andShowsTheValuesItIsGiven() throws IOException {
        for (String lang : new String[] {"ko", "en"}) {
            Properties bundle = bundle(lang);
            for (String key : keys(bundle)) {
                String pattern = bundle.getProperty(key);
                assertThatCode(() -> new MessageFormat(pattern, Locale.forLanguageTag(lang)))
                        .as(lang + " " + key)
                        .doesNotThrowAnyException();
                Object[] values = {"«0»", "«1»", "«2»", "«3»"};
                for (int i = 0; i < values.length; i++) {
                    if (pattern.contains("{" + i + ",choice")) {
                        values[i] = 2; // a count, as "{1,choice,0#no articles|1#1 article|1<{0} articles}" needs
                    }
                }
                String shown = new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(values);
                for (int i = 0; i < values.length; i++) {
                    if (pattern.contains("{" + i + "}")) {
                        assertThat(shown).as(lang + " " + key).contains("«" + i + "»");
                    }
                }
                assertThat(shown).as(lang + " " + key).doesNotContainPattern("\\{\\d\\}");
            }
        }
    }

    @Test
    void failures_areDescribedInTheUsersLanguage_withIdsAsTyped() {
        NewsroomException stale = new NewsroomException("error.staleVersion", 12345L, 3L, 4L);

        assertThat(new Messages(Locale.KOREAN).describe(stale))
                .contains("기사 12345")
                .contains("내 판 3")
                .contains("저장된 판 4");
        assertThat(new Messages(Locale.ENGLISH).describe(stale)).startsWith("Article 12345 was saved elsewhere");
        assertThat(new Messages(Locale.ENGLISH).get("error.databaseReadOnly", "SQLITE_READONLY"))
                .contains("folder's permissions");
    }

    @Test
    void language_isKoreanUnlessAskedOrTheSystemSpeaksAnother() {
        assertThat(Messages.choose(null, Locale.KOREA)).isEqualTo(Locale.KOREAN);
        assertThat(Messages.choose(null, Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.choose("ko", Locale.US)).isEqualTo(Locale.KOREAN);
        assertThat(Messages.choose("EN", Locale.KOREA)).isEqualTo(Locale.ENGLISH);
    }

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (Reader in =
                Files.newBufferedReader(BUNDLES.resolve("messages_" + lang + ".properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> keys(Properties bundle) {
        return new TreeSet<>(bundle.stringPropertyNames());
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher m = KEY_LITERAL.matcher(allSources());
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
    }

    private static String allSources() throws IOException {
        try (Stream<Path> files = Files.walk(PROJECT.resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
    }
}

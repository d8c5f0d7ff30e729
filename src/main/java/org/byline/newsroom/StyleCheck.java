package org.byline.newsroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.byline.domain.ArticleContent;
import org.byline.domain.Finding;
import org.byline.domain.NewsroomException;
import org.byline.domain.Person;
import org.byline.exchange.StyleRulesJson;
import org.byline.store.SettingsStore;
import org.byline.style.HouseStyle;
import org.byline.style.StyleRule;

/**
 * The house style check (교열). A workstation of its own keeps the rules in the data directory's
 * style-rules.json, written with Byline's defaults the first time so each outlet can edit its
 * own; edits to the file are picked up on the next check. A workstation that joined a newsroom
 * uses the newsroom's rules once an admin has set them (the setting {@value #NEWSROOM_RULES},
 * sent to the server and brought to every workstation like the outlet's settings).
 */
public final class StyleCheck {
    public static final String FILE_NAME = "style-rules.json";
    /** The newsroom's rules, as the JSON the file holds. */
    static final String NEWSROOM_RULES = "houseStyle.rules";

    private final Path file;
    private final SettingsStore settings;
    private final Staff staff;
    private final boolean newsroom;
    private HouseStyle style;
    private Object readFrom;

    /** Checking against a folder's file only: rules cannot be set through it. */
    public StyleCheck(Path dataDirectory) {
        this(dataDirectory, null, null, false);
    }

    /** @param newsroom whether this store is a newsroom copy, whose rules are the newsroom's setting */
    public StyleCheck(Path dataDirectory, SettingsStore settings, Staff staff, boolean newsroom) {
        this.file = dataDirectory.resolve(FILE_NAME);
        this.settings = settings;
        this.staff = staff;
        this.newsroom = newsroom;
    }

    public List<Finding> check(ArticleContent content) {
        return style().check(content.headline(), content.subheadline(), content.body());
    }

    public Path rulesFile() {
        return file;
    }

    /** The rules in use, as JSON: the newsroom's, or this workstation's file. */
    public String rules() {
        Optional<String> shared = newsroomRules();
        if (shared.isPresent()) {
            return shared.get();
        }
        try {
            ensureFile();
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsroomException("error.styleRulesFile", e, file, e.getMessage());
        }
    }

    /**
     * Sets the rules, as an admin: checked whole first, so rules that cannot be read change nothing.
     * In a newsroom they become the newsroom's (sent with the next round); else the file.
     *
     * @param source names the rules in a message about them (the file they came from)
     * @return how many rules there are
     */
    public int setRules(String json, String source, Person admin) {
        Objects.requireNonNull(staff, "a style check of a folder's file only")
                .requireAdmin(admin, "people.adminOnlySettings");
        List<StyleRule> rules = StyleRulesJson.read(json, source);
        if (newsroom) {
            settings.put(NEWSROOM_RULES, json);
        } else {
            try {
                Files.writeString(file, json, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new NewsroomException("error.styleRulesFile", e, file, e.getMessage());
            }
        }
        return rules.size();
    }

    private Optional<String> newsroomRules() {
        return newsroom ? settings.get(NEWSROOM_RULES).filter(s -> !s.isBlank()) : Optional.empty();
    }

    private void ensureFile() throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, StyleRulesJson.defaults(), StandardCharsets.UTF_8);
        }
    }

    private synchronized HouseStyle style() {
        Optional<String> shared = newsroomRules();
        if (shared.isPresent()) {
            if (style == null || !shared.get().equals(readFrom)) {
                style = new HouseStyle(StyleRulesJson.read(shared.get(), NEWSROOM_RULES));
                readFrom = shared.get();
            }
            return style;
        }
        try {
            ensureFile();
            FileTime modified = Files.getLastModifiedTime(file);
            if (style == null || !modified.equals(readFrom)) {
                style = new HouseStyle(
                        StyleRulesJson.read(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
                readFrom = modified;
            }
            return style;
        } catch (IOException e) {
            throw new NewsroomException("error.styleRulesFile", e, file, e.getMessage());
        }
    }
}

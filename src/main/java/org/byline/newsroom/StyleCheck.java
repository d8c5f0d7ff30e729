package org.byline.newsroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.byline.domain.ArticleContent;
import org.byline.domain.Finding;
import org.byline.domain.NewsroomException;
import org.byline.exchange.StyleRulesJson;
import org.byline.style.HouseStyle;

/**
 * The house style check (교열): the rules live in the data directory's style-rules.json, written
 * with Byline's defaults the first time so each outlet can edit its own. Edits to the file are
 * picked up on the next check.
 */
public final class StyleCheck {
    public static final String FILE_NAME = "style-rules.json";

    private final Path file;
    private HouseStyle style;
    private FileTime readAt;

    public StyleCheck(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    public List<Finding> check(ArticleContent content) {
        return style().check(content.headline(), content.subheadline(), content.body());
    }

    public Path rulesFile() {
        return file;
    }

    private synchronized HouseStyle style() {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, StyleRulesJson.defaults(), StandardCharsets.UTF_8);
            }
            FileTime modified = Files.getLastModifiedTime(file);
            if (style == null || !modified.equals(readAt)) {
                style = new HouseStyle(
                        StyleRulesJson.read(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
                readAt = modified;
            }
            return style;
        } catch (IOException e) {
            throw new NewsroomException("error.styleRulesFile", e, file, e.getMessage());
        }
    }
}

package org.byline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.newsroom.ContentLimits;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The article fields that {@code new} and {@code edit} both take. */
final class ContentOptions {
    /** Files larger than this are not article bodies: read no more than a save would take. */
    static final long MAX_BODY_BYTES = ContentLimits.BODY_BYTES;

    @Option(names = "--headline", paramLabel = "H", description = "Headline")
    String headline;

    @Option(names = "--subheadline", paramLabel = "S", description = "Subheadline")
    String subheadline;

    @Option(names = "--section", paramLabel = "S", description = "Section (정치, 경제, 사회, 문화, 포토)")
    String section;

    @Option(names = "--tag", paramLabel = "T", description = "A tag; repeat for more (replaces all tags on edit)")
    List<String> tags;

    @ArgGroup(exclusive = true)
    Body body;

    static final class Body {
        @Option(names = "--body", paramLabel = "TEXT", description = "Body text")
        String text;

        @Option(
                names = "--body-file",
                paramLabel = "F",
                description = "Body from a UTF-8 text file; - reads standard input")
        Path file;
    }

    /** {@code base} with every field that was given replaced. */
    ArticleContent applyTo(ArticleContent base) {
        ArticleContent c = base;
        if (headline != null) {
            c = c.withHeadline(headline);
        }
        if (subheadline != null) {
            c = c.withSubheadline(subheadline);
        }
        if (section != null) {
            c = c.withSection(section);
        }
        if (tags != null) {
            c = c.withTags(tags);
        }
        if (body != null) {
            c = c.withBody(body.text != null ? body.text : readBody(body.file));
        }
        return c;
    }

    boolean changesNothing() {
        return headline == null && subheadline == null && section == null && tags == null && body == null;
    }

    static String readBody(Path file) {
        try {
            byte[] bytes;
            if (file.toString().equals("-")) {
                bytes = readLimited(System.in);
            } else {
                if (Files.isDirectory(file)) {
                    throw new NewsroomException("error.fileIsDirectory", file);
                }
                if (!Files.isReadable(file)) {
                    throw new NewsroomException("error.fileUnreadable", file);
                }
                if (Files.size(file) > MAX_BODY_BYTES) {
                    throw new NewsroomException("error.fileTooLarge", file, MAX_BODY_BYTES / 1024 / 1024);
                }
                bytes = Files.readAllBytes(file);
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new NewsroomException("error.fileNotUtf8", file);
        } catch (IOException e) {
            throw new NewsroomException("error.fileUnreadable", e, file);
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new NewsroomException("error.fileTooLarge", "-", MAX_BODY_BYTES / 1024 / 1024);
        }
        return bytes;
    }
}

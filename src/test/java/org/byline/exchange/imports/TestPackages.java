package org.byline.exchange.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Byline packages and ninjs documents as the export writes them, built by the tests. */
public final class TestPackages {
    private TestPackages() {}

    /** A picture for a package: its bytes, caption and credit. */
    public record Picture(byte[] bytes, String caption, String credit) {
        public String sha256() {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** ninjs 3.2 of a 사회 article by 홍길동 with these pictures as associations. */
    public static String ninjs(String headline, List<Picture> pictures) {
        StringBuilder associations = new StringBuilder();
        for (int i = 0; i < pictures.size(); i++) {
            Picture p = pictures.get(i);
            associations.append(i == 0 ? "" : ",").append("""
                    {"name": "photo%d", "uri": "https://tvseoul.example/photos/%s", "type": "picture", "descriptions": [{"role": "caption", "value": "%s"}], "by": "%s",
                     "renditions": [{"name": "original", "href": "https://tvseoul.example/media/%s.jpg", "contentType": "image/jpeg"}]}
                    """.formatted(
                            i + 1, p.sha256(), p.caption(), p.credit(), p.sha256()));
        }
        return """
                {"uri": "https://tvseoul.example/articles/7", "type": "text", "version": "3",
                 "firstCreated": "2024-05-01T10:23:00+09:00", "versionCreated": "2024-05-01T11:00:00+09:00", "language": "ko",
                 "headlines": [{"role": "main", "value": "%s"}, {"role": "subheadline", "value": "밤 10시까지 책 읽는 강변"}],
                 "bodies": [{"role": "main", "contentType": "text/html", "charCount": 60,
                             "value": "<p>[TV서울=홍길동 기자] 영등포구가 야간 도서관을 연다.</p><figure><img src=\\"x.jpg\\"><figcaption>조감도</figcaption></figure><h2>운영 시간</h2><ul><li>금요일</li><li>토요일</li></ul><p>&lt;b&gt;는 글자다.</p><p class=\\"reporter\\">홍길동 기자 hong@tvseoul.kr</p>"}],
                 "by": "홍길동 기자",
                 "subjects": [{"name": "사회", "uri": "https://tvseoul.example/sections/society"},
                              {"name": "도서관", "uri": "https://tvseoul.example/tags/library"}],
                 "associations": [%s]}
                """.formatted(headline, associations);
    }

    /** A package: article.json, index.html and media/&lt;sha256&gt;.jpg for each picture. */
    public static Path write(Path zip, String articleJson, List<Picture> pictures) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("article.json", articleJson.getBytes(StandardCharsets.UTF_8));
        entries.put("index.html", "<!doctype html><title>x</title><p>page</p>".getBytes(StandardCharsets.UTF_8));
        for (Picture p : pictures) {
            entries.put("media/" + p.sha256() + ".jpg", p.bytes());
        }
        return zip(zip, entries);
    }

    public static Path zip(Path zip, Map<String, byte[]> entries) {
        try {
            Files.createDirectories(zip.getParent());
            try (OutputStream file = Files.newOutputStream(zip);
                    ZipOutputStream out = new ZipOutputStream(file)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    out.putNextEntry(new ZipEntry(e.getKey()));
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip with one entry of {@code megabytes} of zeros, which deflate to almost nothing. */
    public static Path bomb(Path zip, int megabytes) {
        try {
            Files.createDirectories(zip.getParent());
            try (OutputStream file = Files.newOutputStream(zip);
                    ZipOutputStream out = new ZipOutputStream(file)) {
                out.putNextEntry(new ZipEntry("article.json"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < megabytes; i++) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of {@code count} tiny entries. */
    public static Path manyEntries(Path zip, int count) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("notes/" + i + ".txt");
        }
        names.forEach(n -> entries.put(n, new byte[] {'x'}));
        return zip(zip, entries);
    }
}

package org.byline.exchange.imports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.byline.domain.NewsroomTime;
import org.byline.render.BodyFormat;

/**
 * How a Korean news page words the parts of an article, whatever its layout: the byline lead
 * "[우리뉴스=홍길동 기자]", the 등록/입력 time, an outlet tag before the headline, and the site's
 * lines that are not the article (copyright, "더보기", share buttons, reporter signatures).
 * Spaces here include U+00A0, which browsers put into copied text and Java's strip() keeps.
 */
final class PageText {

    /** "[우리뉴스=홍길동 기자]" (also with 【】 or ()): outlet, then the reporter as the page names them. */
    private static final Pattern LEAD =
            Pattern.compile("^[\\[【(]\\s*([^=\\]】)\\n]{1,30}?)\\s*=\\s*([^\\]】)\\n]{1,40}?)\\s*[\\]】)]\\s*");
    /** 등록 2024.05.01 10:23(:45), 입력 : 2024-05-01 10:23 ... ; group 1 is the label. */
    private static final Pattern STAMP =
            Pattern.compile("(등록|입력|기사입력|승인|발행|작성|게재|수정|업데이트)\\s*(?:일시|일자|시간)?\\s*[:：]?\\s*"
                    + "(\\d{4})\\s*[.\\-/년]\\s*(\\d{1,2})\\s*[.\\-/월]\\s*(\\d{1,2})\\s*[.일]?\\s*(?:\\([^)]{1,3}\\)\\s*)?"
                    + "(?:(오전|오후)\\s*)?(\\d{1,2})\\s*[:시]\\s*(\\d{2})(?:\\s*[:분]\\s*(\\d{2}))?");
    /** "[우리뉴스] " before a headline: an outlet tag, not a lead (no "="). */
    private static final Pattern OUTLET_TAG = Pattern.compile("^[\\[【]\\s*[^=\\]】]{1,20}[\\]】]\\s*");

    private static final Pattern COPYRIGHT = Pattern.compile(
            "무단\\s*전재|재배포\\s*금지|저작권자|ⓒ|©|\\(c\\)\\s*\\d{4}|copyrights?\\b|all rights reserved|AI\\s*학습\\s*이용\\s*금지",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** "홍길동 기자 hong@woorinews.kr", "홍길동 기자", "hong@woorinews.kr": the page's signature, which Byline adds itself. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(?:[/]?\\s*[가-힣]{2,5}\\s*(?:기자|특파원|객원기자|인턴기자)\\s*)?(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)?\\s*$");

    private static final Pattern REPORTER = Pattern.compile("([가-힣]{2,5})\\s*(기자|특파원)");

    private PageText() {}

    /** A byline lead at the start of {@code text}: the reporter as written ("홍길동 기자") and where the text after it starts. */
    record Lead(String outlet, String reporter, int end) {}

    static Optional<Lead> lead(String text) {
        Matcher m = LEAD.matcher(strip(text));
        if (!m.find()) {
            return Optional.empty();
        }
        String stripped = strip(text);
        int offset = text.indexOf(stripped);
        return Optional.of(new Lead(strip(m.group(1)), strip(m.group(2)), offset + m.end()));
    }

    static boolean startsWithLead(String line) {
        return LEAD.matcher(strip(line)).find();
    }

    /** The first 등록 time in the text, else the first 입력 (or other publication) time; never a 수정 time. */
    static Optional<Instant> registered(String text) {
        Matcher m = STAMP.matcher(text.replace('\u00a0', ' '));
        Instant first = null;
        while (m.find()) {
            if (m.group(1).startsWith("수정") || m.group(1).equals("업데이트")) {
                continue;
            }
            Instant at = instant(m);
            if (at == null) {
                continue;
            }
            if (m.group(1).equals("등록")) {
                return Optional.of(at);
            }
            if (first == null) {
                first = at;
            }
        }
        return Optional.ofNullable(first);
    }

    static boolean hasStamp(String line) {
        return STAMP.matcher(line.replace('\u00a0', ' ')).find();
    }

    private static Instant instant(Matcher m) {
        try {
            int hour = Integer.parseInt(m.group(6));
            if ("오후".equals(m.group(5)) && hour < 12) {
                hour += 12;
            } else if ("오전".equals(m.group(5)) && hour == 12) {
                hour = 0;
            }
            LocalDateTime local = LocalDateTime.of(
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)),
                    hour,
                    Integer.parseInt(m.group(7)),
                    m.group(8) == null ? 0 : Integer.parseInt(m.group(8)));
            return local.atZone(NewsroomTime.ZONE).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The headline without a leading outlet tag such as "[우리뉴스] "; "[속보]" and the like go too. */
    static String headline(String text) {
        String line = strip(text.replaceAll("[\\s\\u00a0]+", " "));
        Matcher m = OUTLET_TAG.matcher(line);
        return m.find() && m.end() < line.length() ? strip(line.substring(m.end())) : line;
    }

    static boolean isCopyright(String line) {
        return COPYRIGHT.matcher(line).find();
    }

    /** A line that names the reporter and nothing else, as pages sign their articles. */
    static boolean isSignature(String line) {
        String s = strip(line);
        return !s.isEmpty()
                && s.length() <= 80
                && SIGNATURE.matcher(s).matches()
                && (REPORTER.matcher(s).find() || EMAIL.matcher(s).find());
    }

    /** "홍길동 기자" somewhere in a short line (a page's byline box), when there is no lead. */
    static Optional<String> reporterIn(String line) {
        Matcher m = REPORTER.matcher(line);
        return m.find() ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
    }

    /** Lines of site chrome that end an article's text when they follow it. */
    static boolean endsArticle(String line) {
        String s = strip(line);
        return isCopyright(s)
                || s.contains("다른기사 보기")
                || s.contains("다른 기사 보기")
                || s.contains("기사 더보기")
                || s.equals("더보기")
                || s.startsWith("관련기사")
                || s.startsWith("관련 기사")
                || s.startsWith("많이 본")
                || s.startsWith("이 기사를 공유")
                || s.startsWith("기사공유")
                || s.startsWith("SNS 기사보내기")
                || s.startsWith("댓글")
                || s.startsWith("좋아요")
                || s.startsWith("추천기사")
                || s.startsWith("인기기사")
                || s.startsWith("주요기사")
                || s.startsWith("포토뉴스")
                || s.equals("포토")
                || s.startsWith("기사제보");
    }

    /** The body without the signature and copyright paragraphs a page closes with; Byline adds its own. */
    static String withoutClosing(String body) {
        List<String> paragraphs = new ArrayList<>(List.of(body.split("\n\n")));
        while (!paragraphs.isEmpty()
                && (isSignature(paragraphs.get(paragraphs.size() - 1))
                        || isCopyright(paragraphs.get(paragraphs.size() - 1))
                        || isBlank(paragraphs.get(paragraphs.size() - 1)))) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        return String.join("\n\n", paragraphs);
    }

    /** Blank the way the body format sees it: U+00A0, U+FEFF and U+200B count as space. */
    static boolean isBlank(String line) {
        return BodyFormat.isBlank(line);
    }

    static String strip(String s) {
        return BodyFormat.strip(s);
    }
}

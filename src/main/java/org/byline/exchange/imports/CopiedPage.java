package org.byline.exchange.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.byline.exchange.PastedText;

/**
 * A news page as a browser copies it to text: site menus, the headline, a byline box with the
 * 입력 time, the article opening with "[우리뉴스=홍길동 기자]", then copyright lines and other
 * articles' teasers. Lines holding only U+00A0 are blank, as the reader sees them.
 */
final class CopiedPage {
    private CopiedPage() {}

    /** True when the text has a byline lead line or a 등록/입력 time: it is a page, not a manuscript. */
    static boolean looksLikeOne(String text) {
        for (String line : lines(text)) {
            if (PageText.startsWithLead(line)) {
                return true;
            }
        }
        return PageText.registered(text).isPresent();
    }

    static ImportedArticle read(String text) {
        List<String> lines = lines(text);
        int lead = indexOf(lines, 0, PageText::startsWithLead);
        int stamp = indexOf(lines, 0, PageText::hasStamp);
        int headerEnd = lead >= 0 && (stamp < 0 || stamp > lead) ? lead : stamp;
        List<String> title = titleAbove(lines, headerEnd < 0 ? 0 : headerEnd);
        int start = lead >= 0 ? lead : firstContentAfter(lines, stamp);
        List<String> body = start < 0 ? List.of() : articleLines(lines, start);

        String byline = "";
        if (!body.isEmpty()) {
            Optional<PageText.Lead> found = PageText.lead(body.get(0));
            if (found.isPresent()) {
                byline = found.get().reporter();
                body.set(0, body.get(0).substring(found.get().end()));
            }
        }
        if (byline.isEmpty() && stamp >= 0) {
            byline = PageText.reporterIn(lines.get(stamp)).orElse("");
        }
        Instant registered = PageText.registered(String.join(
                        "\n", lines.subList(0, Math.max(0, start < 0 ? lines.size() : start))))
                .or(() -> PageText.registered(text))
                .orElse(null);
        String headline = title.isEmpty() ? "" : PageText.headline(title.get(0));
        String subheadline = title.size() > 1 ? String.join(" ", title.subList(1, title.size())) : "";
        return new ImportedArticle(
                ImportedArticle.Kind.COPIED_PAGE,
                PastedText.oneLine(headline),
                PastedText.oneLine(subheadline),
                List.of(),
                paragraphs(body),
                byline,
                registered,
                List.of());
    }

    /**
     * The headline, and a subheadline under it, read upwards from the byline box: meta lines (the
     * reporter, times, font-size buttons) are skipped, a menu or breadcrumb line ends the search.
     */
    private static List<String> titleAbove(List<String> lines, int end) {
        List<String> found = new ArrayList<>();
        int blanks = 0;
        for (int i = end - 1; i >= 0 && found.size() < 2; i--) {
            String line = PageText.strip(lines.get(i));
            if (line.isEmpty()) {
                if (++blanks >= 3 && !found.isEmpty()) {
                    break;
                }
                continue;
            }
            blanks = 0;
            if (isMeta(line)) {
                continue;
            }
            if (isMenu(line)) {
                break;
            }
            found.add(0, line);
        }
        return found;
    }

    private static boolean isMeta(String line) {
        return PageText.hasStamp(line)
                || line.length() <= 40 && PageText.reporterIn(line).isPresent()
                || line.contains("글씨크기")
                || line.contains("글자크기")
                || line.contains("기사공유")
                || line.startsWith("입력")
                || line.startsWith("수정")
                || line.startsWith("승인")
                || line.startsWith("기자명")
                || PageText.isSignature(line);
    }

    /** Site navigation: a breadcrumb, or several very short words in a row ("정치 경제 사회 문화"). */
    static boolean isMenu(String line) {
        if (line.contains(" > ") || line.contains("›") || line.startsWith("홈") && line.length() < 30) {
            return true;
        }
        String[] words = line.split("[\\s\\u00a0|·]+");
        if (words.length >= 3) {
            for (String w : words) {
                if (w.length() > 4) {
                    return false;
                }
            }
            return true;
        }
        return line.length() <= 3;
    }

    private static int firstContentAfter(List<String> lines, int stamp) {
        for (int i = stamp + 1; i < lines.size(); i++) {
            String line = PageText.strip(lines.get(i));
            if (!line.isEmpty() && !isMeta(line)) {
                return i;
            }
        }
        return -1;
    }

    /** From the opening line to the first line of site chrome, signatures at the end left out. */
    private static List<String> articleLines(List<String> lines, int start) {
        List<String> body = new ArrayList<>();
        for (int i = start; i < lines.size(); i++) {
            if (i > start && PageText.endsArticle(lines.get(i))) {
                break;
            }
            body.add(lines.get(i));
        }
        while (!body.isEmpty()
                && (PageText.isBlank(body.get(body.size() - 1)) || PageText.isSignature(body.get(body.size() - 1)))) {
            body.remove(body.size() - 1);
        }
        return body;
    }

    /**
     * Paragraphs as the body format wants them. Copied text separates paragraphs by blank-looking
     * lines; when it has none, every line was a paragraph on the page.
     */
    static String paragraphs(List<String> body) {
        boolean hasBlank = body.stream().anyMatch(PageText::isBlank);
        StringBuilder out = new StringBuilder();
        for (String line : body) {
            String s = PageText.strip(line);
            if (s.isEmpty()) {
                out.append('\n');
            } else {
                out.append(s).append(hasBlank ? "\n" : "\n\n");
            }
        }
        return PastedText.fromPlain(out.toString());
    }

    private static int indexOf(List<String> lines, int from, Predicate<String> test) {
        for (int i = from; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }
}

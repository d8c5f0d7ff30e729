package org.byline.bench;

import java.util.List;
import java.util.Random;
import org.byline.domain.ArticleContent;

/** Articles made up from a small newsroom vocabulary, the same for the same number: benchmark data. */
final class GeneratedArticles {
    private static final String[] WORDS = {
        "구청",
        "구의회",
        "주민",
        "예산",
        "회의",
        "정부혁신추진협의회",
        "골목상권",
        "조례",
        "복지",
        "교통",
        "재개발",
        "학교",
        "도서관",
        "공원",
        "축제",
        "시장",
        "상인회",
        "안전",
        "점검",
        "지원",
        "확대",
        "발표",
        "개최",
        "추진",
        "협약",
        "청년",
        "어르신",
        "주차장",
        "버스",
        "환경",
        "미세먼지",
        "구청장",
        "의원",
        "위원회",
        "사업",
        "계획",
        "올해",
        "내년",
    };
    /** Syllables for made-up words, so the vocabulary is as wide as real text and not 40 words. */
    private static final String SYLLABLES = "가각간강개거건경고공관교구국군권규그근금기길나남내노농다단대도동두라래로류리마만말망매면명모목무문미민바박반방배백"
            + "번범법변보복본부북분비사산상새생서선설성세소속손수순시신실심아안애야양어업여역연영예오온외요용우운원위유육윤은음의이인일"
            + "임자작장재전정제조종주중지직진집차창채처천철청체초총최추축춘충치친타탁태토통투파판평포표품피하학한할함합항해행향허혁현협형호화확환황회효후휘";

    private static final String[] SECTIONS = {"정치", "경제", "사회", "문화", "포토"};

    private GeneratedArticles() {}

    static ArticleContent article(int n) {
        Random r = new Random(n);
        String headline = words(r, 6) + " " + n;
        return new ArticleContent(
                headline, "", SECTIONS[n % SECTIONS.length], List.of(), words(r, 40) + ".\n\n" + words(r, 30) + ".");
    }

    static String body(int characters) {
        Random r = new Random(42);
        StringBuilder b = new StringBuilder();
        while (b.length() < characters) {
            b.append(words(r, 25)).append(".\n\n");
        }
        return b.substring(0, characters);
    }

    /** A made-up sentence of a few words, for a reporter typing on (the newsroom benchmark). */
    static String sentence(Random r) {
        return words(r, 8);
    }

    private static String words(Random r, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append(' ');
            }
            if (r.nextInt(10) == 0) {
                b.append(WORDS[r.nextInt(WORDS.length)]);
            } else {
                for (int s = 2 + r.nextInt(2); s > 0; s--) {
                    b.append(SYLLABLES.charAt(r.nextInt(SYLLABLES.length())));
                }
            }
        }
        return b.toString();
    }
}

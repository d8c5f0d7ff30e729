package org.byline.newsroom;

import java.util.List;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.Person;

/**
 * The first start on an empty store: who is writing, and, if they like, two sample articles in
 * the house style to look at and play with. The samples were written for Byline; the district,
 * people and numbers in them are made up.
 */
public final class Onboarding {
    private final Staff staff;
    private final Workspace workspace;
    private final Drafting drafting;

    public Onboarding(Staff staff, Workspace workspace, Drafting drafting) {
        this.staff = staff;
        this.workspace = workspace;
        this.drafting = drafting;
    }

    /** True when nobody has a profile yet: the window should ask who is writing. */
    public boolean isNeeded() {
        return staff.isEmpty();
    }

    /** Creates the first profile, makes it the current one and, on request, adds the samples. */
    public Person welcome(String name, String email, boolean withSamples) {
        Person person = staff.addReporter(name, email);
        workspace.useProfile(person);
        if (withSamples) {
            List<Article> samples = addSamples(person);
            workspace.rememberOpenArticle(samples.get(0).id());
        }
        return person;
    }

    public List<Article> addSamples(Person reporter) {
        return List.of(drafting.create(COUNCIL, reporter), drafting.create(MARKET, reporter));
    }

    static final ArticleContent COUNCIL = new ArticleContent(
            "한빛구의회, 골목상권 살리기 조례안 상임위 통과",
            "빈 점포 임대료 지원·공동 배송센터 설치 담아… 본회의 표결은 다음 달 3일",
            "정치",
            List.of("한빛구의회", "골목상권", "조례"),
            """
            한빛구의회 행정복지위원회가 26일 골목상권 활성화 지원 조례 개정안을 원안대로 가결했다. 개정안은 다음 달 3일 열리는 제2차 본회의에서 최종 표결에 부쳐진다.

            개정안의 핵심은 1년 넘게 비어 있는 점포에 새로 입주하는 소상공인에게 임대료 일부를 최대 2년간 지원하는 것이다. 구는 내년 예산안에 관련 사업비 4억 원을 반영했다.

            ## 공동 배송센터도 설치

            전통시장 세 곳을 묶는 공동 배송센터를 설치하는 근거 조항도 새로 담겼다. 주요 내용은 다음과 같다.
            △빈 점포 입주 소상공인 임대료 최대 50% 지원
            △공동 배송센터 설치·운영
            △골목상권 상인회 컨설팅 비용 지원

            조례안을 대표 발의한 김하늘 의원은 “문을 닫은 가게가 늘면 골목 전체의 발길이 끊긴다”며 “구의 지원이 새 가게가 자리를 잡는 마중물이 되길 바란다”고 말했다.
            """);

    static final ArticleContent MARKET =
            new ArticleContent("‘김장철 앞두고’ 한빛시장 배추값 지난해보다 12% 내려", "", "경제", List.of("김장", "물가"), """
            김장철을 앞두고 한빛시장의 배추 한 포기 값이 지난해 같은 때보다 12%가량 내린 것으로 나타났다.

            한빛구 소비자물가 모니터링단이 지난 21일부터 사흘간 시장 점포 20곳을 조사한 결과, 배추 한 포기의 평균 가격은 3,180원으로 집계됐다. 무와 쪽파 가격도 각각 5%, 8% 내렸다.

            - 배추(1포기): 3,180원
            - 무(1개): 1,950원
            - 쪽파(1kg): 6,400원

            반면 고춧가루와 천일염 가격은 오름세를 이어갔다. 시장 상인회 관계자는 ‘올해는 배추 작황이 좋아 김장 비용 부담이 조금 줄 것’이라고 내다봤다.
            """);
}

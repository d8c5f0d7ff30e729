package org.byline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.byline.app.Context;
import org.byline.domain.Article;
import org.byline.domain.ArticleContent;
import org.byline.domain.NewsroomException;
import org.byline.domain.Outlet;
import org.byline.domain.Person;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlet's name, masthead, site address and footer, as the desk sets them. */
class OutletSettingsTest {
    @TempDir
    Path dir;

    private Context context;
    private OutletSettings settings;

    @BeforeEach
    void openStore() {
        context = new Context(dir, Locale.KOREAN);
        settings = context.outlet();
    }

    /** As the desk sets it: through the newsroom's settings, which check and store it. */
    private void set(String key, String value) {
        context.settings().set(key, value, null);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aNewStore_usesTheDefaults() {
        assertThat(settings.values())
                .containsExactly(
                        entry("outlet.name", "바이라인뉴스"),
                        entry("outlet.masthead", "바이라인뉴스"),
                        entry("outlet.site", "https://www.example.com"),
                        entry("outlet.footer", "저작권자 © 바이라인뉴스 무단전재 및 재배포 금지"),
                        entry("outlet.leadStyle", "bracket"));
    }

    @Test
    void settingTheName_changesTheDefaultFooterAndMasthead() {
        set("outlet.name", "TV서울");

        Outlet outlet = settings.outlet();
        assertThat(outlet.name()).isEqualTo("TV서울");
        assertThat(outlet.masthead()).isEqualTo("TV서울");
        assertThat(outlet.footer()).isEqualTo("저작권자 © TV서울 무단전재 및 재배포 금지");
    }

    @Test
    void aFooterOfTheDesksOwn_isKept_andAnEmptyValueRestoresTheDefault() {
        set("outlet.name", "TV서울");
        set("outlet.footer", "Copyright © TV서울. All rights reserved.");
        assertThat(settings.outlet().footer()).isEqualTo("Copyright © TV서울. All rights reserved.");

        set("outlet.footer", "");

        assertThat(settings.outlet().footer()).isEqualTo("저작권자 © TV서울 무단전재 및 재배포 금지");
    }

    @Test
    void settings_areKeptInTheStore_acrossARestart() {
        set("outlet.name", "  TV서울  ");
        set("outlet.site", "https://www.tvseoul.kr");
        context.close();

        context = new Context(dir, Locale.KOREAN);

        assertThat(context.outlet().outlet())
                .isEqualTo(new Outlet("TV서울", "TV서울", "https://www.tvseoul.kr", "저작권자 © TV서울 무단전재 및 재배포 금지"));
    }

    @Test
    void anUnknownSetting_isRefused_namingTheKnownOnes() {
        assertThatThrownBy(() -> settings.checked("outlet.colour", "빨강"))
                .isInstanceOfSatisfying(NewsroomException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.unknownSetting");
                    assertThat(e.args())
                            .containsExactly(
                                    "outlet.colour",
                                    "outlet.name, outlet.masthead, outlet.site, outlet.footer, outlet.leadStyle");
                });
        assertThat(settings.values()).doesNotContainKey("outlet.colour");
    }

    @Test
    void aSiteAddressThatIsNotAWebAddress_isRefused_andTheOldOneStays() {
        set("outlet.site", "http://tvseoul.kr");

        for (String bad :
                new String[] {"www.tvseoul.kr", "javascript:alert(1)", "ftp://tvseoul.kr", "https://tv seoul.kr"}) {
            assertThatThrownBy(() -> set("outlet.site", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            NewsroomException.class, e -> assertThat(e.key()).isEqualTo("error.badSiteAddress"));
        }
        assertThat(settings.outlet().siteAddress()).isEqualTo("http://tvseoul.kr");
    }

    @Test
    void aSiteAddressPastedWithASpaceAround_isAccepted_withoutTheSpace() {
        set("outlet.site", " https://www.tvseoul.kr\n");

        assertThat(settings.outlet().siteAddress()).isEqualTo("https://www.tvseoul.kr");
    }

    @Test
    void thePreview_carriesTheOutletsNameMastheadAndFooter() {
        set("outlet.name", "TV서울");
        set("outlet.masthead", "TV서울 뉴스");
        set("outlet.site", "https://www.tvseoul.kr");
        Person hong = context.staff().addReporter("홍길동", "hong@tvseoul.kr");
        Article article = context.drafting().create(new ArticleContent("제목", "", "사회", List.of(), "본문이다."), hong);

        Document page = Jsoup.parse(context.preview().page(article));

        assertThat(page.selectFirst("#body p").text()).isEqualTo("[TV서울=홍길동 기자] 본문이다.");
        assertThat(page.getElementById("masthead").text()).isEqualTo("TV서울 뉴스");
        assertThat(page.getElementById("masthead").attr("href")).isEqualTo("https://www.tvseoul.kr");
        assertThat(page.getElementById("footer").text()).isEqualTo("저작권자 © TV서울 무단전재 및 재배포 금지");
    }

    @Test
    void theLeadStyle_isOneOfThree_andChangesThePage() {
        context.settings().set("outlet.leadStyle", "paren", null);
        assertThat(settings.outlet().leadStyle()).isEqualTo(Outlet.LeadStyle.PAREN);
        assertThatThrownBy(() -> context.settings().set("outlet.leadStyle", "fancy", null))
                .isInstanceOf(NewsroomException.class)
                .hasFieldOrPropertyWithValue("key", "error.badLeadStyle");
        assertThat(settings.outlet().leadStyle()).isEqualTo(Outlet.LeadStyle.PAREN);
        context.settings().set("outlet.leadStyle", "", null);
        assertThat(settings.outlet().leadStyle()).isEqualTo(Outlet.LeadStyle.BRACKET);
    }
}

package org.byline.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a saved page's captions split into caption and credit, and which references count as the page's own files. */
class PagePicturesTest {
    @TempDir
    Path dir;

    private static PagePictures.Picture only(String figure) {
        List<PagePictures.Picture> found =
                PagePictures.in(Jsoup.parse("<div>" + figure + "</div>").body());
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void theCreditsKoreanSitesPrint_areSplitFromTheCaption() {
        assertThat(only("<figure><img src=a.jpg><figcaption>구청 전경 (사진=영등포구청)</figcaption></figure>"))
                .extracting(PagePictures.Picture::caption, PagePictures.Picture::credit)
                .containsExactly("구청 전경", "사진=영등포구청");
        assertThat(only("<figure><img src=a.jpg><figcaption>국회 본회의 [사진=연합뉴스]</figcaption></figure>"))
                .extracting(PagePictures.Picture::caption, PagePictures.Picture::credit)
                .containsExactly("국회 본회의", "사진=연합뉴스");
        assertThat(only("<figure><img src=a.jpg><figcaption>시장 상인들 / 사진=홍길동 기자</figcaption></figure>"))
                .extracting(PagePictures.Picture::caption, PagePictures.Picture::credit)
                .containsExactly("시장 상인들", "사진=홍길동 기자");
        assertThat(only("<figure><img src=a.jpg><figcaption>행사 모습(사진 제공=구청)</figcaption></figure>"))
                .extracting(PagePictures.Picture::caption, PagePictures.Picture::credit)
                .containsExactly("행사 모습", "사진 제공=구청");
        assertThat(only("<figure><img src=a.jpg><figcaption>사진 설명만 있다 (오른쪽이 구청장)</figcaption></figure>"))
                .extracting(PagePictures.Picture::caption, PagePictures.Picture::credit)
                .containsExactly("사진 설명만 있다 (오른쪽이 구청장)", "");
        assertThat(only("<p><img src=a.jpg alt=\"설명 없는 사진\"></p>"))
                .extracting(PagePictures.Picture::caption, PagePictures.Picture::alt)
                .containsExactly("", "설명 없는 사진");
    }

    @Test
    void onlyFilesInThePagesFolder_resolve_withTheirNamesDecoded() throws Exception {
        Path desk = Files.createDirectories(dir.resolve("desk"));
        Path files = Files.createDirectories(desk.resolve("기사 파일_files"));
        Files.writeString(files.resolve("a+b.jpg"), "x");
        Files.writeString(dir.resolve("outside.jpg"), "x");
        PagePictures.Folder folder = PagePictures.beside(desk.resolve("기사.html"));

        assertThat(folder.resolve("%EA%B8%B0%EC%82%AC%20%ED%8C%8C%EC%9D%BC_files/a+b.jpg?w=600#top"))
                .isEqualTo(files.resolve("a+b.jpg").toRealPath());
        assertThat(folder.resolve("./기사 파일_files/a+b.jpg")).isNotNull();
        assertThat(folder.resolve("../outside.jpg")).isNull();
        assertThat(folder.resolve("기사 파일_files/../../outside.jpg")).isNull();
        assertThat(folder.resolve(dir.resolve("outside.jpg").toString())).isNull();
        assertThat(folder.resolve("file://" + dir.resolve("outside.jpg"))).isNull();
        assertThat(folder.resolve("https://cdn.tvseoul.kr/a.jpg")).isNull();
        assertThat(folder.resolve("기사 파일_files")).as("a folder is no picture").isNull();
        assertThat(folder.resolve("%ZZ.jpg")).isNull();
        assertThat(PagePictures.Folder.NONE.resolve("기사 파일_files/a+b.jpg")).isNull();

        Files.writeString(desk.resolve("family.jpg"), "x");
        Files.createDirectories(desk.resolve("Pictures"));
        Files.writeString(desk.resolve("Pictures/id-card.jpg"), "x");
        Files.createDirectories(files.resolve(".thumbs"));
        Files.writeString(files.resolve(".thumbs/a.jpg"), "x");
        Path away = Files.createDirectories(dir.resolve("away_files"));
        Files.writeString(away.resolve("b.jpg"), "x");
        Files.createSymbolicLink(desk.resolve("linked_files"), away);
        assertThat(folder.resolve("family.jpg"))
                .as("the page's folder is not its pictures")
                .isNull();
        assertThat(folder.resolve("Pictures/id-card.jpg")).isNull();
        assertThat(folder.resolve("기사 파일_files/.thumbs/a.jpg")).isNull();
        assertThat(folder.resolve("linked_files/b.jpg"))
                .as("a saved folder that is a link out")
                .isNull();
    }

    @Test
    void picturesInTheSitesBoxes_andTeasersLinkingToOtherPages_areNotTheStorys() {
        List<PagePictures.Picture> found = PagePictures.in(Jsoup.parse("""
                <div id="article-view-content-div">
                  <figure><a href="photos/big.jpg"><img src="s/story.jpg"></a><figcaption>구청 (사진=구청)</figcaption></figure>
                  <p><a href="#"><img src="s/zoom.jpg"></a><a href="javascript:void(0)"><img src="s/zoom2.jpg"></a></p>
                  <div class="ad_box"><img src="s/ad1.jpg"></div><div id="top-ad"><img src="s/ad2.jpg"></div>
                  <div class="banner"><img src="s/ad3.jpg"></div>
                  <ul class="related-list"><li><img src="s/rel.jpg"></li></ul>
                  <div class="sns-share"><img src="s/kakao.png"></div>
                  <p><a href="/news/articleView.html?idxno=9"><img src="s/teaser.jpg"></a></p>
                  <div class="header-photo"><img src="s/head.jpg"></div>
                </div>""").body());
        assertThat(found)
                .extracting(PagePictures.Picture::src)
                .containsExactly("s/story.jpg", "s/zoom.jpg", "s/zoom2.jpg", "s/head.jpg");
    }
}

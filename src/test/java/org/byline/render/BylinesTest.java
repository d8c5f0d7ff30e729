package org.byline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.byline.domain.Outlet;
import org.junit.jupiter.api.Test;

class BylinesTest {
    private final Outlet tvSeoul = new Outlet("TV서울", null, null, null);

    @Test
    void aName_getsTheTitle기자() {
        assertThat(Bylines.lead(tvSeoul, "홍길동")).isEqualTo("[TV서울=홍길동 기자]");
        assertThat(Bylines.closing(" 홍길동 ")).isEqualTo("홍길동 기자");
    }

    @Test
    void jointNames_shareOne기자_withTheMiddleDot_howeverTheyWereSeparated() {
        assertThat(Bylines.lead(tvSeoul, "홍길동·김철수")).isEqualTo("[TV서울=홍길동·김철수 기자]");
        assertThat(Bylines.closing("홍길동, 김철수")).isEqualTo("홍길동·김철수 기자");
        assertThat(Bylines.closing("홍길동 / 김철수 / 이영희")).isEqualTo("홍길동·김철수·이영희 기자");
    }

    @Test
    void aTitle_isKeptAsTyped() {
        assertThat(Bylines.lead(tvSeoul, "홍길동 특파원")).isEqualTo("[TV서울=홍길동 특파원]");
        assertThat(Bylines.closing("김철수 객원기자")).isEqualTo("김철수 객원기자");
        assertThat(Bylines.closing("이영희 인턴기자")).isEqualTo("이영희 인턴기자");
        assertThat(Bylines.closing("홍길동 기자")).isEqualTo("홍길동 기자");
        assertThat(Bylines.closing("홍길동 기자·김철수 인턴기자")).isEqualTo("홍길동 기자·김철수 인턴기자");
    }

    @Test
    void aPhotoCredit_leavesTheLeadToTheOutlet_andCreditsThePhotographerAtTheEnd() {
        assertThat(Bylines.lead(tvSeoul, "사진=김사진")).isEqualTo("[TV서울]");
        assertThat(Bylines.closing("사진=김사진")).isEqualTo("사진=김사진 기자");
        assertThat(Bylines.closing("사진=김사진·박찍사")).isEqualTo("사진=김사진·박찍사 기자");
        assertThat(Bylines.isPhotoCredit("홍길동")).isFalse();
    }

    @Test
    void noByline_leavesTheOutletAlone() {
        assertThat(Bylines.lead(tvSeoul, "")).isEqualTo("[TV서울]");
        assertThat(Bylines.lead(tvSeoul, null)).isEqualTo("[TV서울]");
        assertThat(Bylines.closing("사진=")).isEmpty();
    }
}

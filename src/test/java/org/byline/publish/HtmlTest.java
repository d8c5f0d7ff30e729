package org.byline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void termNamesAsWordPressAnswersThem_readBackAsTyped_numericEntitiesToo() {
        assertThat(Html.unescape("구청 &amp; 의회")).isEqualTo("구청 & 의회");
        assertThat(Html.unescape("시장&#8217;s &lt;b&gt; &quot;예산&quot; &#039;안&#039;"))
                .isEqualTo("시장’s <b> \"예산\" '안'");
        assertThat(Html.unescape(Html.text("<b>굵게</b> & \"인용\""))).isEqualTo("<b>굵게</b> & \"인용\"");
    }
}

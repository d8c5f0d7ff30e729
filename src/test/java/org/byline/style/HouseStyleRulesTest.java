package org.byline.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.byline.domain.Finding;
import org.byline.exchange.StyleRulesJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every shipped rule against its own examples: what it must catch and what it must leave alone. */
class HouseStyleRulesTest {
    private static final List<StyleRule> RULES = StyleRulesJson.read(StyleRulesJson.defaults(), "default-rules.json");
    private static final HouseStyle STYLE = new HouseStyle(RULES);

    @TestFactory
    Stream<DynamicTest> everyRule_catchesItsExamples_andLeavesTheGoodOnesAlone() {
        return RULES.stream()
                .flatMap(rule -> Stream.concat(
                        rule.mustFlag().stream()
                                .map(text -> DynamicTest.dynamicTest(
                                        rule.id() + " flags: " + text,
                                        () -> assertThat(STYLE.flags(rule, text))
                                                .as(text)
                                                .isTrue())),
                        rule.mustPass().stream()
                                .map(text -> DynamicTest.dynamicTest(
                                        rule.id() + " passes: " + text,
                                        () -> assertThat(STYLE.flags(rule, text))
                                                .as(text)
                                                .isFalse()))));
    }

    @Test
    void everyRule_hasExamplesBothWays() {
        assertThat(RULES).hasSizeGreaterThanOrEqualTo(10).allSatisfy(rule -> {
            assertThat(rule.mustFlag()).as(rule.id()).isNotEmpty();
            assertThat(rule.mustPass()).as(rule.id()).isNotEmpty();
        });
    }

    @Test
    void findingsPointAtTheTextInReadingOrder() {
        List<Finding> findings = STYLE.check("개통!", "", "공사는 끝났다.  예산은 12000원이었다.");
        assertThat(findings)
                .extracting(Finding::field, Finding::rule, Finding::text)
                .containsExactly(
                        Tuple.tuple("headline", "headline-question-exclamation", "!"),
                        Tuple.tuple("body", "double-space", "  "),
                        Tuple.tuple("body", "number-comma", "12000"));
        Finding money = findings.get(2);
        assertThat("공사는 끝났다.  예산은 12000원이었다.".substring(money.start(), money.end()))
                .isEqualTo("12000");
    }

    @Test
    void longSentences_areFoundOneByOne() {
        String longOne = "가".repeat(61) + ".";
        List<Finding> findings = STYLE.check("", "", "짧은 문장이다. " + longOne + " 또 짧다.");
        assertThat(findings).extracting(Finding::rule).containsExactly("sentence-length");
        assertThat(findings.get(0).text()).isEqualTo(longOne);
    }
}

package org.byline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.byline.cli.CliRunner.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a hostile or careless caller types: each is refused in one line, or stored harmless. */
class HostileInputTest {
    @TempDir
    Path dir;

    private CliRunner byline;

    @BeforeEach
    void runner() {
        byline = new CliRunner(dir);
    }

    @Test
    void aSiteAddressWithAPortNoServerHas_isRefusedAtSitesAdd() {
        for (String url : new String[] {"https://www.tvseoul.kr:99999", "https://www.tvseoul.kr:0/wp", "http://localhost:65536"}) {
            Run run = byline.withEnv(Map.of("BYLINE_SITE_SECRET", "secret"), "sites", "add", "우리뉴스", "--type", "ninjs", "--url", url);

            assertThat(run.exit()).as(url).isEqualTo(1);
            assertThat(run.err()).as(url).startsWith("byline: \"" + url + "\" 의 포트").contains("1부터 65535").hasLineCount(1);
        }
        assertThat(byline.at("sites", "list").out()).isEmpty();

        Run fine = byline.withEnv(Map.of("BYLINE_SITE_SECRET", "secret"), "sites", "add", "통신", "--type", "ninjs", "--url",
                "https://wire.example.com:8443/ingest");
        assertThat(fine.exit()).as(fine.err()).isZero();
    }
}

package io.advocacy.listening.spam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpamRulesTest {

    @Test
    void callsManyLinksALinkFarm() {
        assertThat(SpamRules.reason("Lumen deals http://a.x http://b.x http://c.x http://d.x", 1))
                .contains("link farm: 4 links");
    }

    @Test
    void callsATextThatIsMostlyALinkALinkFarm() {
        assertThat(SpamRules.reason("Lumen https://cheap-lumen-codes.example/free/now/click", 1))
                .contains("link farm: mostly links");
    }

    @Test
    void callsTooManyMentionsAnHourBotLike() {
        assertThat(SpamRules.reason("Lumen is nice", SpamRules.MAX_PER_HOUR + 1))
                .get()
                .asString()
                .startsWith("bot-like");
    }

    @Test
    void leavesAnOrdinaryPostWithALinkAlone() {
        assertThat(SpamRules.reason("Wrote up how our team moved to Lumen this year: https://blog.example/p", 3))
                .isEmpty();
    }
}

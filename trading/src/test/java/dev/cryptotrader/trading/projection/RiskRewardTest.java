package dev.cryptotrader.trading.projection;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RiskRewardTest {

    @Test
    void aLongRisksDownToTheStopAndAimsUpAtTheTarget() {
        RiskReward rr = RiskReward.of(100, 98.8, 102.82);

        assertThat(rr).isInstanceOfSatisfying(RiskReward.Valid.class, v -> {
            assertThat(v.side()).isEqualTo(IdeaSide.LONG);
            assertThat(v.ratio()).isCloseTo(2.35, within(1e-9));
            assertThat(v.riskPercent()).isCloseTo(1.2, within(1e-9));
            assertThat(v.rewardPercent()).isCloseTo(2.82, within(1e-9));
        });
        assertThat(rr.text()).isEqualTo("Long · R:R 2.35 · risk 1.2% · reward 2.8%");
    }

    @Test
    void aStopAboveEntryMakesAShort() {
        RiskReward rr = RiskReward.of(200, 201, 197);

        assertThat(rr).isInstanceOfSatisfying(RiskReward.Valid.class, v -> {
            assertThat(v.side()).isEqualTo(IdeaSide.SHORT);
            assertThat(v.ratio()).isCloseTo(3.0, within(1e-12));
        });
        assertThat(rr.text()).isEqualTo("Short · R:R 3.00 · risk 0.50% · reward 1.5%");
    }

    @Test
    void aTargetOnTheStopsSideGivesAReasonNotARatio() {
        assertThat(RiskReward.of(100, 95, 97)).isEqualTo(new RiskReward.Invalid(
                "Invalid: stop below entry means long, so the target must be above entry"));
        assertThat(RiskReward.of(100, 105, 110).text())
                .isEqualTo("Invalid: stop above entry means short, so the target must be below entry");
        assertThat(RiskReward.of(100, 95, 100)).isInstanceOf(RiskReward.Invalid.class); // target at entry: no reward
        assertThat(RiskReward.of(100, 100, 110).text()).startsWith("Stop equals entry");
        assertThat(RiskReward.of(100, -1, 110).text()).isEqualTo("Entry, stop and target must be positive prices");
        assertThat(RiskReward.of(Double.NaN, 95, 110)).isInstanceOf(RiskReward.Invalid.class);
    }

    @Test
    void aNewIdeaStartsAtTwiceTheRiskInReward() {
        TradeIdea longIdea = TradeIdea.around(1_000L, 100, 2, IdeaSide.LONG);
        TradeIdea shortIdea = TradeIdea.around(1_000L, 100, 2, IdeaSide.SHORT);

        assertThat(longIdea).isEqualTo(new TradeIdea(1_000L, 100, 97, 106));
        assertThat(shortIdea).isEqualTo(new TradeIdea(1_000L, 100, 103, 94));
        assertThat(((RiskReward.Valid) shortIdea.riskReward()).ratio()).isEqualTo(2.0);
        assertThat(longIdea.with(IdeaLevel.TARGET, 99).riskReward()).isInstanceOf(RiskReward.Invalid.class);
        assertThat(longIdea.with(IdeaLevel.STOP, 98).level(IdeaLevel.STOP)).isEqualTo(98);
        assertThat(IdeaLevel.TARGET.next(1)).isEqualTo(IdeaLevel.ENTRY);
        assertThat(IdeaLevel.ENTRY.next(-1)).isEqualTo(IdeaLevel.TARGET);
    }
}

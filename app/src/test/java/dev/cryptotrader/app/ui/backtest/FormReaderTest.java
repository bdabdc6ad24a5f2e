package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormReaderTest {

    private BacktestForm form;

    @BeforeEach
    void filledIn() {
        form = new BacktestForm();
        form.series().set(FakeBacktestService.series().getFirst());
        form.strategy().set(new FakeBacktestService().strategies().getFirst());
    }

    @Test
    void readsAValidFormIntoARequest() {
        form.from().set(LocalDate.of(2024, 2, 1));
        form.to().set(LocalDate.of(2024, 2, 29));
        form.parameter("fast").orElseThrow().value().set("12");
        form.capital().set("25,000");
        form.takerFee().set("7.5");
        form.allowShort().set(true);
        form.sizing().set(SizingKind.FRACTION_OF_EQUITY);
        form.sizingValue().set("50");

        BacktestRequest r = FormReader.request(form);

        assertThat(r.series()).isEqualTo(FakeBacktestService.BTC_4H);
        assertThat(r.strategy()).isEqualTo(new StrategyChoice.Catalog("sma-cross", Map.of("fast", 12.0, "slow", 40.0)));
        assertThat(r.strategy().label()).isEqualTo("sma-cross(fast=12, slow=40)");
        assertThat(r.range().from()).isEqualTo(1_706_745_600_000L); // 2024-02-01T00:00Z
        assertThat(r.range().to()).as("the To day is included").isEqualTo(1_709_251_200_000L); // 2024-03-01T00:00Z
        assertThat(r.config().capital()).isEqualTo(25_000);
        assertThat(r.config().costs().takerFeeBps()).isEqualTo(7.5);
        assertThat(r.config().costs().slippageBps()).isEqualTo(5);
        assertThat(r.config().sizing()).isEqualTo(new Sizing.FractionOfEquity(0.5));
        assertThat(r.config().allowShort()).isTrue();
    }

    @Test
    void aBadParameterIsNamedWithWhatIsWrong() {
        form.parameter("fast").orElseThrow().value().set("abc");
        assertThatThrownBy(() -> FormReader.request(form)).isInstanceOfSatisfying(FormException.class, e -> {
            assertThat(e.field()).isEqualTo("param-fast");
            assertThat(e.getMessage()).isEqualTo("Parameter fast must be a number, was 'abc'");
        });
        form.parameter("fast").orElseThrow().value().set("2.5");
        assertThatThrownBy(() -> FormReader.request(form))
                .hasMessage("Parameter fast must be a whole number, was 2.5");
        form.parameter("fast").orElseThrow().value().set("10");
        form.parameter("slow").orElseThrow().value().set("1000");
        assertThatThrownBy(() -> FormReader.request(form))
                .hasMessage("Parameter slow must be between 5 and 500, was 1000");
        form.parameter("slow").orElseThrow().value().set(" ");
        assertThatThrownBy(() -> FormReader.request(form)).hasMessage("Parameter slow is empty");
    }

    @Test
    void costsCapitalAndSizingAreChecked() {
        form.takerFee().set("-1");
        assertField("taker-fee", "Taker fee (bps) must be 0 or more, was -1");
        form.takerFee().set("10");
        form.slippage().set("5x");
        assertField("slippage", "Slippage (bps) must be a number, was '5x'");
        form.slippage().set("5");
        form.capital().set("0");
        assertField("capital", "Capital must be above 0, was 0");
        form.capital().set("1000");
        form.sizingValue().set("150");
        assertField("sizing-value", "Sizing % of equity must be above 0 and at most 100, was 150");
        form.sizingValue().set("100");
        form.makerFee().set("-2"); // a maker rebate is allowed
        assertThat(FormReader.request(form).config().costs().makerFeeBps()).isEqualTo(-2);
    }

    @Test
    void datesAndSeriesAndJsonRuleAreChecked() {
        form.from().set(LocalDate.of(2024, 3, 1));
        form.to().set(LocalDate.of(2024, 2, 1));
        assertField("to", "The To date 2024-02-01 is before the From date 2024-03-01");
        form.to().set(null);
        form.strategy().set(StrategySpec.JSON_RULE);
        form.ruleJson().set("{\"entry\": ");
        assertThatThrownBy(() -> FormReader.request(form)).isInstanceOfSatisfying(FormException.class, e -> {
            assertThat(e.field()).isEqualTo("rule");
            assertThat(e.getMessage()).startsWith("The JSON rule is not valid JSON:").contains("line 1");
        });
        form.ruleJson().set("{\"entry\": \"close > sma(20)\"}");
        assertThat(FormReader.request(form).strategy()).isInstanceOf(StrategyChoice.JsonRule.class);
        form.series().set(null);
        assertField("series", "Choose a series to test");
    }

    @Test
    void sweepRangesAreReadAndLimited() {
        var fast = form.parameter("fast").orElseThrow();
        fast.sweepFrom().set("5");
        fast.sweepTo().set("25");
        fast.sweepStep().set("5");
        var slow = form.parameter("slow").orElseThrow();
        slow.sweepFrom().set("40");
        slow.sweepTo().set("40");
        SweepRequest sweep = FormReader.sweep(form);
        assertThat(sweep.ranges()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("fast");
            assertThat(r.values()).containsExactly(5, 10, 15, 20, 25);
        });
        fast.sweepStep().set("0.5");
        assertField("sweep-step-fast", "fast sweep step must be a whole number above 0, was 0.5", true);
        form.strategy().set(new FakeBacktestService().strategies().get(1)); // rsi: period, lower, upper
        set(form.parameter("period").orElseThrow(), "2", "100", "1");
        set(form.parameter("lower").orElseThrow(), "1", "50", "0.5");
        set(form.parameter("upper").orElseThrow(), "50", "99", "1");
        assertThatThrownBy(() -> FormReader.sweep(form)).isInstanceOf(FormException.class)
                .hasMessage("The sweep would run 490,050 combinations; at most 250,000: use larger steps");
    }

    private static void set(ParameterField p, String from, String to, String step) {
        p.sweepFrom().set(from);
        p.sweepTo().set(to);
        p.sweepStep().set(step);
    }

    @Test
    void foldLengthsAreBarsOrTimes() {
        assertThat(FormReader.bars("train", "Train length", "500", Timeframe.H4)).isEqualTo(500);
        assertThat(FormReader.bars("train", "Train length", "90d", Timeframe.H4)).isEqualTo(540);
        assertThat(FormReader.bars("train", "Train length", "2w", Timeframe.D1)).isEqualTo(14);
        assertThatThrownBy(() -> FormReader.bars("test", "Test length", "3 months", Timeframe.H4))
                .hasMessage("Test length must be a number of bars (500) or a time (90d, 12w, 36h), was '3 months'");
        assertThatThrownBy(() -> FormReader.bars("step", "Step", "2h", Timeframe.H4))
                .hasMessage("Step must be at least one 4h bar, was '2h'");
        form.optimise().set(true);
        form.parameters().forEach(p -> p.sweepTo().set(p.sweepFrom().get()));
        assertField("optimise", "Optimising needs at least one parameter with a range on the Sweep tab, or untick "
                + "Optimise");
    }

    private void assertField(String field, String message) {
        assertField(field, message, false);
    }

    private void assertField(String field, String message, boolean sweep) {
        assertThatThrownBy(() -> {
            if (sweep) {
                FormReader.sweep(form);
            } else if (field.equals("optimise")) {
                FormReader.walkForward(form);
            } else {
                FormReader.request(form);
            }
        }).isInstanceOfSatisfying(FormException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}

package dev.cryptotrader.trading.backtest.strategy;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyCatalogTest {

    private final StrategyCatalog catalog = StrategyCatalog.builtIn();

    @Test
    void listsTheBuiltIns() {
        assertThat(catalog.ids()).containsExactly("sma-cross", "ema-cross", "rsi-reversion", "bollinger-reversion",
                "bollinger-breakout", "macd-cross", "donchian-breakout", "mtf-sma-trend");
        assertThat(catalog.descriptor("sma-cross").parameters()).extracting(ParamSpec::name)
                .containsExactly("fast", "slow", "short", "stop_pct", "target_pct");
        ParamSpec k = catalog.descriptor("bollinger-reversion").parameters().get(1);
        assertThat(k).isEqualTo(new ParamSpec("k", 2, 0.1, 10, false, "band width in standard deviations"));
    }

    @Test
    void fillsDefaults() {
        assertThat(catalog.create("sma-cross", Map.of())).isEqualTo(new SmaCross(20, 100, false));
        assertThat(catalog.create("sma-cross", Map.of("slow", 50.0))).isEqualTo(new SmaCross(20, 50, false));
        assertThat(catalog.create("macd-cross", null)).isEqualTo(new MacdCross(12, 26, 9, false));
        assertThat(catalog.create(" SMA-Cross ", Map.of("short", 1.0))).isEqualTo(new SmaCross(20, 100, true));
    }

    @Test
    void everyDescriptorCreatesItsStrategyFromItsDefaults() {
        for (StrategyDescriptor d : catalog.strategies()) {
            Strategy s = catalog.create(d.id(), Map.of());
            assertThat(s.id()).isEqualTo(d.id());
            // stop_pct and target_pct default to 0: no exits, so the bare strategy (which does not list them)
            Map<String, Double> own = new java.util.LinkedHashMap<>(d.defaults());
            assertThat(own.remove(ProtectiveExits.STOP)).isZero();
            assertThat(own.remove(ProtectiveExits.TARGET)).isZero();
            assertThat(s.parameters()).isEqualTo(own);
            assertThat(List.copyOf(s.parameters().keySet())).isEqualTo(List.copyOf(own.keySet()));
            assertThat(d.description()).isNotBlank();
            d.parameters().forEach(p -> assertThat(p.description()).as(d.id() + "." + p.name()).isNotBlank());
        }
    }

    @Test
    void anUnknownStrategyListsTheKnownOnes() {
        assertThatThrownBy(() -> catalog.create("sma-crossover", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown strategy 'sma-crossover' (known: sma-cross, ema-cross, rsi-reversion,"
                        + " bollinger-reversion, bollinger-breakout, macd-cross, donchian-breakout, mtf-sma-trend)");
    }

    @Test
    void anUnknownParameterListsTheValidOnes() {
        assertThatThrownBy(() -> catalog.create("sma-cross", Map.of("fats", 20.0)))
                .hasMessage("sma-cross has no parameter 'fats' (its parameters: fast, slow, short, stop_pct, target_pct)");
    }

    @Test
    void valuesOutOfRangeNotWholeOrNotFiniteAreRefused() {
        assertThatThrownBy(() -> catalog.create("sma-cross", Map.of("fast", 0.0)))
                .hasMessage("sma-cross: fast must be between 1 and 100000, was 0");
        assertThatThrownBy(() -> catalog.create("sma-cross", Map.of("fast", 20.5)))
                .hasMessage("sma-cross: fast must be a whole number, was 20.5");
        assertThatThrownBy(() -> catalog.create("rsi-reversion", Map.of("upper", 101.0)))
                .hasMessage("rsi-reversion: upper must be between 0 and 100, was 101");
        assertThatThrownBy(() -> catalog.create("bollinger-breakout", Map.of("k", Double.NaN)))
                .hasMessage("bollinger-breakout: k must be a finite number, was NaN");
        assertThatThrownBy(() -> catalog.create("sma-cross", Map.of("short", 2.0)))
                .hasMessage("sma-cross: short must be between 0 and 1, was 2");
        Map<String, Double> nullValue = new HashMap<>();
        nullValue.put("fast", null);
        assertThatThrownBy(() -> catalog.create("sma-cross", nullValue)).hasMessage("sma-cross: fast has no value");
    }

    @Test
    void fastMustBeBelowSlow() {
        assertThatThrownBy(() -> catalog.create("sma-cross", Map.of("fast", 100.0, "slow", 20.0)))
                .hasMessage("sma-cross: fast (100) must be less than slow (20)");
        assertThatThrownBy(() -> catalog.create("ema-cross", Map.of("fast", 30.0, "slow", 30.0)))
                .hasMessage("ema-cross: fast (30) must be less than slow (30)");
        assertThatThrownBy(() -> catalog.create("macd-cross", Map.of("fast", 26.0, "slow", 12.0)))
                .hasMessage("macd-cross: fast (26) must be less than slow (12)");
        assertThatThrownBy(() -> catalog.create("rsi-reversion", Map.of("lower", 80.0)))
                .hasMessage("rsi-reversion: lower (80) must be less than upper (70)");
    }

    @Test
    void builtInsCheckTheirParametersWhenMadeDirectlyToo() {
        assertThatThrownBy(() -> new SmaCross(0, 10)).hasMessage("fast must be >= 1, was 0");
        assertThatThrownBy(() -> new BollingerBreakout(20, -1)).hasMessage("k must be > 0, was -1");
        assertThatThrownBy(() -> new BollingerReversion(1, 2)).hasMessage("period must be >= 2, was 1");
        assertThatThrownBy(() -> new DonchianBreakout(20, 0)).hasMessage("exit must be >= 1, was 0");
    }

    @Test
    void readsTheCliParameterAssignments() {
        Map<String, Double> params = StrategyCatalog.parseAssignments(List.of("fast=20", " slow = 100 "));
        assertThat(params).containsExactly(Map.entry("fast", 20.0), Map.entry("slow", 100.0));
        assertThat(catalog.create("sma-cross", params)).isEqualTo(new SmaCross(20, 100));
        assertThatThrownBy(() -> StrategyCatalog.parseAssignments(List.of("fast20")))
                .hasMessage("--param 'fast20': expected name=value, e.g. fast=20");
        assertThatThrownBy(() -> StrategyCatalog.parseAssignments(List.of("fast=")))
                .hasMessage("--param 'fast=': expected name=value, e.g. fast=20");
        assertThatThrownBy(() -> StrategyCatalog.parseAssignments(List.of("fast=abc")))
                .hasMessage("--param 'fast=abc': 'abc' is not a number");
        assertThatThrownBy(() -> StrategyCatalog.parseAssignments(List.of("fast=1", "fast=2")))
                .hasMessage("--param fast is given twice");
    }

    @Test
    void moreStrategiesCanBeAddedButNotTwice() {
        StrategyDescriptor extra = new StrategyDescriptor("always-long", "test", List.of(),
                p -> new SmaCross(1, 2));
        StrategyCatalog more = catalog.with(extra);
        assertThat(more.ids()).endsWith("always-long").hasSize(9);
        assertThat(more.create("always-long", Map.of())).isEqualTo(new SmaCross(1, 2));
        assertThatThrownBy(() -> more.with(extra)).hasMessage("strategy id always-long is listed twice");
    }
}

package dev.cryptotrader.trading.indicators;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndicatorSpecTest {

    @Test
    void textFormsAreStableAndReadBack() {
        List<IndicatorSpec> specs = List.of(new IndicatorSpec.Sma(20), new IndicatorSpec.Ema(50),
                new IndicatorSpec.Bollinger(20, 2), new IndicatorSpec.Bollinger(20, 2.5), new IndicatorSpec.Rsi(14),
                new IndicatorSpec.Macd(12, 26, 9), new IndicatorSpec.Stochastic(14, 3), new IndicatorSpec.Atr(14));
        assertThat(specs).extracting(IndicatorSpec::text).containsExactly("sma(20)", "ema(50)", "bb(20,2)",
                "bb(20,2.5)", "rsi(14)", "macd(12,26,9)", "stoch(14,3)", "atr(14)");
        for (IndicatorSpec spec : specs) {
            assertThat(IndicatorSpec.parse(spec.text())).isEqualTo(spec);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SMA(20)            | sma(20)",
            "  ema ( 50 )       | ema(50)",
            "Bollinger(20, 2.0) | bb(20,2)",
            "bb(20,.5)          | bb(20,0.5)",
            "stochastic(14,3)   | stoch(14,3)",
            "MACD( 12 ,26 , 9 ) | macd(12,26,9)",
            "rsi(+14)           | rsi(14)"})
    void parsingForgivesCaseSpacesAndLongNames(String input, String canonical) {
        assertThat(IndicatorSpec.parse(input).text()).isEqualTo(canonical);
    }

    @Test
    void labelsReadNaturally() {
        assertThat(IndicatorSpec.parse("bb(20,2)").label()).isEqualTo("BB 20, 2");
        assertThat(IndicatorSpec.parse("macd(12,26,9)").label()).isEqualTo("MACD 12, 26, 9");
        assertThat(IndicatorSpec.parse("stoch(14,3)").label()).isEqualTo("Stoch 14, 3");
        assertThat(IndicatorSpec.parse("sma(200)").label()).isEqualTo("SMA 200");
        assertThat(IndicatorSpec.parse("sma(200)").toString()).isEqualTo("sma(200)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sma(0)             | SMA period must be 1..10000, was 0 (in 'sma(0)')",
            "sma(-3)            | SMA period must be 1..10000, was -3",
            "ema(10001)         | EMA period must be 1..10000, was 10001",
            "rsi(99999999999)   | RSI period must be 1..10000, was 99999999999",
            "atr(14.5)          | ATR period must be a whole number, was '14.5'",
            "sma(x)             | SMA period must be a whole number, was 'x'",
            "sma()              | sma takes 1 parameter (period), got 0",
            "sma(20,3)          | sma takes 1 parameter (period), got 2",
            "bb(20)             | bb takes 2 parameters (period, k), got 1",
            "bb(20,)            | Bollinger k must be a decimal number such as 2 or 2.5, was ''",
            "bb(20,0)           | Bollinger k must be greater than 0 and at most 10, was 0",
            "bb(20,11)          | Bollinger k must be greater than 0 and at most 10, was 11",
            "bb(20,1e3)         | Bollinger k must be a decimal number such as 2 or 2.5, was '1e3'",
            "bb(20,NaN)         | Bollinger k must be a decimal number such as 2 or 2.5, was 'NaN'",
            "macd(26,12,9)      | MACD fast period must be less than the slow period, was fast 26, slow 12",
            "macd(12,12,9)      | MACD fast period must be less than the slow period, was fast 12, slow 12",
            "macd(12,26,0)      | MACD signal period must be 1..10000, was 0",
            "stoch(14,0)        | Stochastic %D period must be 1..10000, was 0",
            "vwap(20)           | unknown indicator 'vwap'; known: sma, ema, bb, rsi, macd, stoch, atr",
            "sma20              | expected name(parameters), e.g. sma(20), bb(20,2), macd(12,26,9) (in 'sma20')",
            "sma(20             | expected name(parameters)",
            "sma(20)x           | expected name(parameters)"})
    void badTextSaysWhatIsWrong(String input, String message) {
        assertThatThrownBy(() -> IndicatorSpec.parse(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message).hasMessageContaining("'" + input.strip() + "'");
    }

    @Test
    void blankTextIsRefused() {
        assertThatThrownBy(() -> IndicatorSpec.parse("  ")).hasMessageStartingWith("indicator spec is empty");
        assertThatThrownBy(() -> IndicatorSpec.parse(null)).hasMessageStartingWith("indicator spec is empty");
    }

    @Test
    void constructorsCheckTheirParameters() {
        assertThatThrownBy(() -> new IndicatorSpec.Sma(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SMA period must be 1..10000, was 0");
        assertThatThrownBy(() -> new IndicatorSpec.Bollinger(20, Double.NaN))
                .hasMessage("Bollinger k must be greater than 0 and at most 10, was NaN");
        assertThatThrownBy(() -> new IndicatorSpec.Stochastic(0, 3))
                .hasMessage("Stochastic %K period must be 1..10000, was 0");
        assertThat(new IndicatorSpec.Sma(IndicatorSpec.MAX_PERIOD).period()).isEqualTo(10_000);
    }

    @Test
    void panesAndReferenceLevels() {
        assertThat(IndicatorSpec.parse("sma(20)").pane()).isEqualTo(IndicatorPane.PRICE);
        assertThat(IndicatorSpec.parse("ema(20)").pane()).isEqualTo(IndicatorPane.PRICE);
        assertThat(IndicatorSpec.parse("bb(20,2)").pane()).isEqualTo(IndicatorPane.PRICE);
        assertThat(IndicatorSpec.parse("rsi(14)").pane()).isEqualTo(IndicatorPane.SUBPANE);
        assertThat(IndicatorSpec.parse("atr(14)").pane()).isEqualTo(IndicatorPane.SUBPANE);
        assertThat(IndicatorSpec.parse("rsi(14)").referenceLevels()).containsExactly(30.0, 70.0);
        assertThat(IndicatorSpec.parse("stoch(14,3)").referenceLevels()).containsExactly(20.0, 80.0);
        assertThat(IndicatorSpec.parse("macd(12,26,9)").referenceLevels()).containsExactly(0.0);
        assertThat(IndicatorSpec.parse("atr(14)").referenceLevels()).isEmpty();
        assertThat(IndicatorSpec.parse("sma(20)").referenceLevels()).isEmpty();
    }

    @Test
    void everyKindHasADefaultThatRoundTrips() {
        for (IndicatorKind kind : IndicatorKind.values()) {
            IndicatorSpec spec = kind.defaultSpec();
            assertThat(spec.kind()).isEqualTo(kind);
            assertThat(IndicatorSpec.parse(spec.text())).isEqualTo(spec);
            assertThat(IndicatorKind.fromTextName(kind.textName())).contains(kind);
        }
        assertThat(IndicatorKind.fromTextName("nope")).isEmpty();
    }
}

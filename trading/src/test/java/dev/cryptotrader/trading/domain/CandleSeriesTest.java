package dev.cryptotrader.trading.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandleSeriesTest {

    private static Candle candle(long t, String o, String h, String l, String c, String v) {
        return new Candle(t, new BigDecimal(o), new BigDecimal(h), new BigDecimal(l), new BigDecimal(c),
                new BigDecimal(v));
    }

    @Test
    void keepsEveryDecimalExactWhileWideningTheScale() {
        List<Candle> input = List.of(
                candle(0, "100", "101", "99", "100.5", "2"),
                candle(60_000, "100.5", "100.75", "0.00000123", "100.123456789", "0.000000001"),
                candle(120_000, "43519.34000000", "43936.00000000", "43171", "43488.71", "20.55495"));
        CandleSeries s = CandleSeries.of(input);
        assertThat(s.priceScale()).isEqualTo(9);
        assertThat(s.volumeScale()).isEqualTo(9);
        for (int i = 0; i < input.size(); i++) {
            assertThat(s.candle(i).sameValues(input.get(i))).as("bar " + i).isTrue();
        }
        assertThat(s.close(1)).isEqualTo(100.123456789);
        assertThat(s.low(1)).isEqualTo(0.00000123);
    }

    @Test
    void slicesAndSearchesByTime() {
        CandleSeries.Builder b = CandleSeries.builder(4, 2, 0);
        for (int i = 0; i < 10; i++) {
            b.addMantissas(i * 60_000L, 100 + i, 110 + i, 90 + i, 105 + i, i);
        }
        CandleSeries s = b.build();
        assertThat(s.indexAtOrAfter(120_000)).isEqualTo(2);
        assertThat(s.indexAtOrAfter(120_001)).isEqualTo(3);
        assertThat(s.indexAtOrAfter(Long.MAX_VALUE)).isEqualTo(10);
        CandleSeries part = s.slice(new TimeRange(120_000, 300_000));
        assertThat(part.size()).isEqualTo(3);
        assertThat(part.firstOpenTime()).isEqualTo(120_000);
        assertThat(part.lastOpenTime()).isEqualTo(240_000);
        assertThat(part.open(0)).isEqualTo(1.02);
        assertThatThrownBy(() -> s.candle(10)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void wideningScalesKeepsValues() {
        CandleSeries s = CandleSeries.of(List.of(candle(0, "1.5", "2", "1", "1.25", "3")));
        CandleSeries wide = s.withScales(8, 8);
        assertThat(wide.closeMantissa(0)).isEqualTo(125_000_000L);
        assertThat(wide.sameValues(s)).isTrue();
    }

    @Test
    void refusesValuesThatCannotBeExact() {
        assertThatThrownBy(() -> CandleSeries.of(List.of(candle(0, "1", "1", "1", "1", "0.0000000000000000001"))))
                .hasMessageContaining("decimals");
        assertThatThrownBy(() -> CandleSeries.of(List.of(candle(0, "1", "1", "1", "1", "100000000000.123456789"))))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void candleNamesWhatIsWrong() {
        assertThat(candle(0, "10", "9", "11", "10", "1").problem()).get().asString().contains("below low");
        assertThat(candle(0, "12", "11", "9", "10", "1").problem()).get().asString().contains("open 12");
        assertThat(candle(0, "10", "11", "9", "10", "-1").problem()).get().asString().contains("negative");
        assertThat(candle(0, "10", "11", "9", "10", "0").problem()).isEmpty();
    }
}

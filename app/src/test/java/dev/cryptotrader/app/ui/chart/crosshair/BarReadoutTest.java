package dev.cryptotrader.app.ui.chart.crosshair;

import dev.cryptotrader.app.ui.chart.ReadoutSource;
import dev.cryptotrader.charting.OhlcvColumns;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarReadoutTest {

    /** 2013-11-25T00:00:00Z, a Monday. */
    private static final long T = 1_385_337_600_000L;
    private final OhlcvColumns bars = new OhlcvColumns(new long[]{T, T + 60_000},
            new double[]{800, 805.5}, new double[]{810, 812.25}, new double[]{795, 801}, new double[]{805.5, 801.5},
            new double[]{12.345678, 4_321.5});

    @Test
    void readsOhlcvAndTheChangeFromThePreviousClose() {
        ReadoutSource rsi = bar -> List.of(new ReadoutSource.Item("RSI(14)", bar == 1 ? "55.10" : "?"));
        BarReadout r = BarReadout.of(bars, 1, List.of(rsi));

        assertThat(r.time()).isEqualTo("Mon 25 Nov 2013 00:01 UTC");
        assertThat(r.ohlcvLine()).isEqualTo("O 805.50  H 812.25  L 801.00  C 801.50  V 4.32K  −4.00 (−0.50%)");
        assertThat(r.changeSign()).isNegative();
        assertThat(r.up()).isFalse();
        assertThat(r.items()).containsExactly(new ReadoutSource.Item("RSI(14)", "55.10"));
    }

    @Test
    void theFirstBarHasNoChangeAndABrokenSourceIsSkipped() {
        ReadoutSource broken = bar -> {
            throw new IllegalStateException("not ready");
        };
        BarReadout r = BarReadout.of(bars, 0, List.of(broken, bar -> List.of(new ReadoutSource.Item("SMA", "1"))));
        assertThat(r.change()).isEmpty();
        assertThat(r.volume()).isEqualTo("12.3457");
        assertThat(r.up()).isTrue();
        assertThat(r.items()).extracting(ReadoutSource.Item::label).containsExactly("SMA");
        assertThat(BarReadout.of(bars, 2, List.of())).isNull();
    }

    @Test
    void smallPricesGetMoreDecimals() {
        assertThat(BarReadout.priceDecimals(0.000123)).isEqualTo(6);
        assertThat(BarReadout.priceDecimals(42_000)).isEqualTo(2);
        assertThat(BarReadout.volume(2_500_000)).isEqualTo("2.50M");
    }
}

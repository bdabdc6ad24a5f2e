package dev.cryptotrader.app.ui.chart.indicator;

import dev.cryptotrader.app.ui.FxBridge;
import dev.cryptotrader.app.ui.chart.CandleColumns;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.indicators.IndicatorSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/** The background compute is coalesced (one in flight, newest wins) and reuses values for unchanged bars. */
class IndicatorComputerTest {

    @Test
    void requestsWhileOneRunsCollapseIntoTheNewest() {
        Queue<Runnable> background = new ArrayDeque<>();
        List<IndicatorComputer.Computed> results = new ArrayList<>();
        IndicatorComputer computer = new IndicatorComputer(new FxBridge(background::add, Runnable::run), results::add);
        OhlcvColumns a = columns(100);
        OhlcvColumns b = columns(101);
        OhlcvColumns c = columns(102);
        List<IndicatorSpec> specs = List.of(new IndicatorSpec.Sma(5), new IndicatorSpec.Rsi(3));

        computer.request(a, specs);
        computer.request(b, specs); // waits
        computer.request(c, specs); // replaces b
        assertThat(background).hasSize(1);
        background.poll().run();
        assertThat(background).hasSize(1); // c started when a ended
        background.poll().run();

        assertThat(results).extracting(IndicatorComputer.Computed::columns).containsExactly(a, c);
        assertThat(computer.computes()).isEqualTo(2);
        assertThat(results.getLast().results().get(specs.get(0)).size()).isEqualTo(102);
    }

    @Test
    void addingAnIndicatorOnTheSameBarsComputesOnlyThatOne() {
        List<IndicatorComputer.Computed> results = new ArrayList<>();
        IndicatorComputer computer = new IndicatorComputer(FxBridge.sameThread(), results::add);
        OhlcvColumns bars = columns(300);
        IndicatorSpec sma = new IndicatorSpec.Sma(5);
        computer.request(bars, List.of(sma));
        computer.request(bars, List.of(sma, new IndicatorSpec.Macd(12, 26, 9)));
        assertThat(results.getLast().results().get(sma)).isSameAs(results.getFirst().results().get(sma));
        computer.request(bars, List.of(sma));
        assertThat(computer.computes()).isEqualTo(2); // the last one needed no compute at all
    }

    private static OhlcvColumns columns(int n) {
        CandleSeries.Builder b = CandleSeries.builder(n, 2, 0);
        for (int i = 0; i < n; i++) {
            long close = 10_000 + (i * 37L % 101) * 10;
            b.addMantissas(1_700_000_040_000L + i * 60_000L, close, close + 50, close - 50, close, 1);
        }
        return CandleColumns.forChart(b.build());
    }
}

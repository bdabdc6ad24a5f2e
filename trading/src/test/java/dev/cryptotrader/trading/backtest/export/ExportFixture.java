package dev.cryptotrader.trading.backtest.export;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.backtest.metrics.MetricsCalculator;
import dev.cryptotrader.trading.backtest.metrics.MetricsInput;
import dev.cryptotrader.trading.execution.CostModel;
import dev.cryptotrader.trading.execution.PositionSide;

import java.time.Instant;
import java.util.List;

/**
 * A small finished backtest written out by hand: six daily bars from 2024-01-01, trading from bar 1, so the five
 * equity points are the closes of 2024-01-03 … 2024-01-07 (UTC); two winning trades, one long and one short.
 */
final class ExportFixture {

    static final long DAY = 86_400_000L;
    static final long START = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

    private ExportFixture() {
    }

    static BacktestResult result(String label) {
        long[] time = new long[6];
        for (int i = 0; i < time.length; i++) {
            time[i] = START + i * DAY;
        }
        double[] open = {200, 200, 201, 199, 205, 206};
        double[] close = {200, 201, 199, 205, 206, 208};
        double[] high = {201, 202, 201, 206, 207, 209};
        double[] low = {199, 199, 198, 198, 204, 205};
        BarTape tape = new BarTape("coinbase BTC-USD 1d", DAY, time, open, high, low, close, new double[6]);
        BacktestConfig config = new BacktestConfig(100, CostModel.flat(10, 2, 5),
                Sizing.ALL_IN, true, 1);
        double[] equity = {100, 128, 96, 130, 104};
        List<Trade> trades = List.of(
                new Trade(PositionSide.LONG, START + 2 * DAY, START + 4 * DAY, 2, 4, 0.5, 200, 206.4, 0.2, 3),
                new Trade(PositionSide.SHORT, START + 4 * DAY + 3_600_000, START + 6 * DAY, 4, 5, 0.25, 200, 190,
                        0.5, 2));
        var metrics = MetricsCalculator.compute(new MetricsInput(100, equity, DAY, trades, 3, 0.7, 200, 250));
        return new BacktestResult(label, tape, config, equity, List.of(), trades, metrics);
    }
}

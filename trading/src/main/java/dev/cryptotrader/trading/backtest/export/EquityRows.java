package dev.cryptotrader.trading.backtest.export;

import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;

import java.io.IOException;

/**
 * Walks a result's equity curve as rows of (close time, equity, drawdown), the drawdown as in
 * {@link dev.cryptotrader.trading.backtest.metrics.Drawdown}. {@code equity[k]} belongs to bar {@code tradeFrom + k}.
 */
final class EquityRows {

    @FunctionalInterface
    interface Sink {
        void row(long closeTimeMillis, double equity, double drawdown) throws IOException;
    }

    private EquityRows() {
    }

    static void forEach(BacktestResult result, Sink sink) throws IOException {
        double[] equity = result.equity();
        int from = firstBar(result);
        BarTape tape = result.tape();
        double peak = result.config().capital();
        for (int k = 0; k < equity.length; k++) {
            peak = Math.max(peak, equity[k]);
            sink.row(tape.closeTime(from + k), equity[k], (peak - equity[k]) / peak);
        }
    }

    /** The tape index of {@code equity[0]}; refuses a curve that does not fit the tape. */
    static int firstBar(BacktestResult result) {
        int from = result.config().tradeFrom();
        int points = result.equity().length;
        int bars = result.tape().size();
        if (from < 0 || from + points > bars) {
            throw new IllegalArgumentException("equity curve of " + points + " points from bar " + from
                    + " does not fit the tape of " + bars + " bars");
        }
        return from;
    }
}

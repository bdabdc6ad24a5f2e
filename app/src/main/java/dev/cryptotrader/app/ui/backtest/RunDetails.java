package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.execution.CostModel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a run was made of, in a few lines under its metrics: bars and span, capital and sizing, costs, shorting. */
final class RunDetails {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private RunDetails() {
    }

    static String text(BacktestResult r) {
        BarTape tape = r.tape();
        BacktestConfig c = r.config();
        CostModel costs = c.costs();
        String span = tape.size() == 0 ? "no bars" : String.format(Locale.ENGLISH, "%,d bars, %s → %s",
                tape.size(), DAY.format(Instant.ofEpochMilli(tape.openTime()[0])),
                DAY.format(Instant.ofEpochMilli(tape.closeTime(tape.size() - 1) - 1)));
        String fees = costs.makerFeeBps() == costs.takerFeeBps()
                ? "Fee " + MetricFormat.parameter(costs.takerFeeBps())
                : "Fee maker " + MetricFormat.parameter(costs.makerFeeBps()) + ", taker "
                        + MetricFormat.parameter(costs.takerFeeBps());
        return span + "\nCapital " + MetricFormat.money(c.capital()) + ", " + sizing(c.sizing()) + "\n" + fees
                + " · spread " + MetricFormat.parameter(costs.spreadBps()) + " · slippage "
                + MetricFormat.parameter(costs.slippageBps()) + " bps\n"
                + (c.allowShort() ? "Long and short" : "Long only");
    }

    static String sizing(Sizing s) {
        return switch (s) {
            case Sizing.FractionOfEquity f -> MetricFormat.parameter(f.fraction() * 100) + "% of equity";
            case Sizing.FixedQuantity q -> "fixed quantity " + MetricFormat.amount(q.quantity());
            case Sizing.RiskPercent p -> "risk " + MetricFormat.parameter(p.riskFraction() * 100) + "% to the stop";
            case Sizing.CappedKelly k -> "Kelly capped at " + MetricFormat.parameter(k.cap() * 100) + "%";
        };
    }
}

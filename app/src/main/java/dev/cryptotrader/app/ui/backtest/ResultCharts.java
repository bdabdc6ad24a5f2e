package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.equity.EquityCurve;
import dev.cryptotrader.charting.markers.TradeMarker;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.execution.PositionSide;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps backtest results to what the charts draw: candles, equity curves and trade markers (charting sees no trade). */
public final class ResultCharts {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ResultCharts() {
    }

    /** The tape's bars as chart columns (the arrays are shared, not copied: neither side changes them). */
    public static OhlcvColumns columns(BarTape tape) {
        return new OhlcvColumns(tape.openTime(), tape.open(), tape.high(), tape.low(), tape.close(), tape.volume());
    }

    /** The equity at each bar's close, named by the run's label: {@code equity[k]} is bar {@code tradeFrom + k}. */
    public static EquityCurve equity(BacktestResult r) {
        BarTape tape = r.tape();
        int first = r.config().tradeFrom();
        int n = Math.max(0, Math.min(r.equity().length, tape.size() - first));
        long[] t = new long[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = tape.closeTime(first + k);
            v[k] = r.equity()[k];
        }
        return new EquityCurve(r.label(), t, v);
    }

    /** The stitched out-of-sample equity of a walk-forward. */
    public static EquityCurve stitched(WalkForwardView view) {
        return new EquityCurve("Out-of-sample equity (stitched)", view.equityTime(), view.equity());
    }

    /**
     * An entry and an exit marker per trade, on the bars the fills happened in: ▲ for a buy, ▼ for a sell, the exit
     * coloured by the trade's net PnL.
     */
    public static List<TradeMarker> markers(BacktestResult r) {
        List<TradeMarker> markers = new ArrayList<>();
        List<Trade> trades = r.trades();
        for (int i = 0; i < trades.size(); i++) {
            Trade t = trades.get(i);
            boolean isLong = t.side() == PositionSide.LONG;
            TradeMarker.Outcome outcome = t.pnl() > 0 ? TradeMarker.Outcome.WIN
                    : t.pnl() < 0 ? TradeMarker.Outcome.LOSS : TradeMarker.Outcome.NONE;
            String head = "#" + (i + 1) + " " + t.side().label();
            markers.add(new TradeMarker(i, barTime(r.tape(), t.entryIndex(), t.entryTime()), t.entryPrice(),
                    isLong ? TradeMarker.Direction.BUY : TradeMarker.Direction.SELL, TradeMarker.Role.ENTRY,
                    TradeMarker.Outcome.NONE, head + " entry · " + TIME.format(Instant.ofEpochMilli(t.entryTime()))
                            + "\n" + MetricFormat.amount(t.quantity()) + " @ " + MetricFormat.amount(t.entryPrice())));
            markers.add(new TradeMarker(i, barTime(r.tape(), t.exitIndex(), t.exitTime()), t.exitPrice(),
                    isLong ? TradeMarker.Direction.SELL : TradeMarker.Direction.BUY, TradeMarker.Role.EXIT, outcome,
                    head + " exit · " + TIME.format(Instant.ofEpochMilli(t.exitTime())) + " @ "
                            + MetricFormat.amount(t.exitPrice()) + "\nPnL " + MetricFormat.money(t.pnl()) + " ("
                            + MetricFormat.percent(t.returnOnEntry()) + ") · fees " + MetricFormat.money(t.fees())
                            + " · " + t.barsHeld() + " bars"));
        }
        return markers;
    }

    /** The open time of bar {@code index}: candles sit at their open time; a fill time outside the tape as is. */
    private static long barTime(BarTape tape, int index, long fillTime) {
        return index >= 0 && index < tape.size() ? tape.openTime()[index] : fillTime;
    }
}

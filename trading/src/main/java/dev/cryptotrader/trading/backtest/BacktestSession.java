package dev.cryptotrader.trading.backtest;

import dev.cryptotrader.trading.backtest.metrics.MetricsCalculator;
import dev.cryptotrader.trading.backtest.metrics.MetricsInput;
import dev.cryptotrader.trading.backtest.strategy.Signal;
import dev.cryptotrader.trading.backtest.strategy.Signals;
import dev.cryptotrader.trading.execution.ExecutionClient;
import dev.cryptotrader.trading.execution.Fill;
import dev.cryptotrader.trading.execution.FillSizer;
import dev.cryptotrader.trading.execution.OrderRequest;
import dev.cryptotrader.trading.execution.Portfolio;
import dev.cryptotrader.trading.execution.Side;
import dev.cryptotrader.trading.execution.SimulatedExchange;

import java.util.ArrayList;
import java.util.List;

/**
 * One backtest run: the bar loop and the strategy side of the order flow (entries, exits, protective stops), over a
 * {@link SimulatedExchange} and a {@link Portfolio}. Used once, by one thread. The loop allocates nothing per bar;
 * fills, trades and refusals are rare and allocate freely.
 */
final class BacktestSession implements ExecutionClient.FillListener, FillSizer {

    static final String ENTRY = "entry";
    static final String EXIT = "exit";
    static final String STOP = "stop";
    static final String TARGET = "target";
    static final String END = "end of tape";

    private final BarTape tape;
    private final byte[] actions;
    private final double[] stops;
    private final double[] targets;
    private final BacktestConfig config;
    private final int firstDecision;
    private final SimulatedExchange exchange;
    private final Portfolio portfolio;
    private final TradeBook book = new TradeBook();
    private final PositionSizer sizer;
    private final List<Fill> fills = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private int ignoredShorts;
    private int bar;
    private double entryStop = Double.NaN;
    private double entryTarget = Double.NaN;
    private long stopOrder;
    private long targetOrder;
    private long exitOrder;

    BacktestSession(BarTape tape, Signals signals, int warmUp, BacktestConfig config) {
        this.tape = tape;
        this.actions = signals.actions();
        this.stops = signals.stops();
        this.targets = signals.targets();
        this.config = config;
        this.firstDecision = Math.max(config.tradeFrom(), warmUp);
        this.exchange = new SimulatedExchange(config.costs());
        this.portfolio = new Portfolio(config.capital(), config.allowShort());
        this.sizer = new PositionSizer(config.sizing(), portfolio, book);
        exchange.onFill(this);
        exchange.sizeAtFillWith(this);
    }

    BacktestRun run(String label) {
        long[] time = tape.openTime();
        double[] open = tape.open();
        double[] high = tape.high();
        double[] low = tape.low();
        double[] close = tape.close();
        int n = tape.size();
        int from = config.tradeFrom();
        int lastDecision = n - 2; // a decision at the last close would have no next open to fill at
        double[] equity = new double[n - from];
        int barsInMarket = 0;
        for (int i = from; i < n; i++) {
            bar = i;
            exchange.onBar(i, time[i], open[i], high[i], low[i], close[i]);
            double q = portfolio.quantity();
            if (q != 0) {
                barsInMarket++;
                equity[i - from] = portfolio.cash() + q * close[i];
            } else {
                equity[i - from] = portfolio.cash();
            }
            byte action = actions[i];
            if (action != Signal.NONE && i >= firstDecision && i <= lastDecision) {
                act(action, i);
            }
        }
        closeAtEnd(n - 1, close[n - 1]);
        equity[n - 1 - from] = portfolio.cash();
        List<Trade> trades = List.copyOf(book.trades());
        var metrics = MetricsCalculator.compute(new MetricsInput(config.capital(), equity, tape.barMillis(), trades,
                barsInMarket, portfolio.feesPaid(), open[from], close[n - 1]));
        var result = new BacktestResult(label, tape, config, equity, List.copyOf(fills), trades, metrics);
        return new BacktestRun(result, refusals, ignoredShorts);
    }

    private void act(byte action, int i) {
        double q = portfolio.quantity();
        switch (action) {
            case Signal.ENTER_LONG -> enter(Side.BUY, i);
            case Signal.EXIT_LONG -> {
                if (q > 0) {
                    exit();
                }
            }
            case Signal.ENTER_SHORT, Signal.EXIT_SHORT -> {
                if (!config.allowShort()) {
                    ignoredShorts++;
                } else if (action == Signal.ENTER_SHORT) {
                    enter(Side.SELL, i);
                } else if (q < 0) {
                    exit();
                }
            }
            default -> throw new IllegalArgumentException("bar " + i + " has " + Signal.name(action));
        }
    }

    /** Market entry for the next open, sized when it fills; an opposite position is closed first. */
    private void enter(Side side, int i) {
        double q = portfolio.quantity();
        if (q * side.sign() > 0) {
            return; // already in: no pyramiding
        }
        if (q != 0) {
            exit();
        }
        double stop = stops == null ? Double.NaN : stops[i];
        String refusal = sizer.refusalAtSignal(stop);
        if (refusal != null) {
            refusals.add(new Refusal(i, tape.closeTime(i), signalName(side), refusal));
            return;
        }
        entryStop = stop > 0 && Double.isFinite(stop) ? stop : Double.NaN;
        double target = targets == null ? Double.NaN : targets[i];
        entryTarget = target > 0 && Double.isFinite(target) ? target : Double.NaN;
        exchange.submit(OrderRequest.market(side, OrderRequest.SIZE_AT_FILL, ENTRY));
    }

    private void exit() {
        double q = portfolio.quantity();
        Side side = q > 0 ? Side.SELL : Side.BUY;
        exitOrder = exchange.submit(OrderRequest.market(side, Math.abs(q), EXIT));
    }

    private void closeAtEnd(int last, double lastClose) {
        exchange.cancelAll();
        double q = portfolio.quantity();
        if (q != 0) {
            exchange.executeNow(q > 0 ? Side.SELL : Side.BUY, Math.abs(q), last, tape.closeTime(last), lastClose, END);
        }
    }

    @Override
    public void filled(Fill fill) {
        fills.add(fill);
        portfolio.apply(fill);
        book.add(fill);
        if (portfolio.isFlat()) {
            // a stop (or the exit) got us out: whatever else was meant to close this position must not fire
            cancel(stopOrder);
            cancel(targetOrder);
            cancel(exitOrder);
            stopOrder = 0;
            targetOrder = 0;
            exitOrder = 0;
        } else if (ENTRY.equals(fill.tag())) {
            // Both work from the entry's own bar; the exchange tries stops before limits inside a bar, so when one
            // bar reaches both, the stop (the worse outcome) is the one that fills.
            if (!Double.isNaN(entryStop)) {
                stopOrder = exchange.submit(OrderRequest.stop(fill.side().opposite(), fill.quantity(), entryStop,
                        STOP));
            }
            if (!Double.isNaN(entryTarget)) {
                targetOrder = exchange.submit(OrderRequest.limit(fill.side().opposite(), fill.quantity(),
                        entryTarget, TARGET));
            }
            entryStop = Double.NaN;
            entryTarget = Double.NaN;
        }
    }

    @Override
    public double quantity(OrderRequest order, double price, double feeRate) {
        double q = sizer.quantity(order.side(), price, feeRate, entryStop);
        if (!(q > 0)) {
            String why = sizer.lastRefusal() != null ? sizer.lastRefusal() : "no cash left to enter with";
            refusals.add(new Refusal(bar, tape.openTime()[bar], signalName(order.side()), why));
            entryStop = Double.NaN;
            entryTarget = Double.NaN;
        }
        return q;
    }

    private void cancel(long orderId) {
        if (orderId != 0) {
            exchange.cancel(orderId);
        }
    }

    private static String signalName(Side side) {
        return Signal.name(side == Side.BUY ? Signal.ENTER_LONG : Signal.ENTER_SHORT);
    }
}

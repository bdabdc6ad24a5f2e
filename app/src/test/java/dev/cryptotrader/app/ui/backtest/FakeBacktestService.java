package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BacktestRun;
import dev.cryptotrader.trading.backtest.Refusal;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.backtest.metrics.Metrics;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.execution.PositionSide;
import dev.cryptotrader.trading.port.SeriesInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in engine for the panel's tests: a fixed random-walk tape, an SMA cross traded at the next bar's open with
 * the request's fee, and metrics computed roughly from that. Results are hand-built, not the real engine's.
 */
class FakeBacktestService implements BacktestService {

    static final long START = 1_704_067_200_000L; // 2024-01-01T00:00Z
    static final SeriesKey BTC_4H = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.H4);
    static final SeriesKey ETH_1D = new SeriesKey(Exchange.BITFINEX, Instrument.of("ETH", "USD"), Timeframe.D1);
    static final int BARS = 900;

    final AtomicInteger runs = new AtomicInteger();
    volatile CountDownLatch gate; // when set, run() waits for it (a long job to cancel)
    volatile BacktestRequest lastRequest;

    static List<SeriesInfo> series() {
        long h4 = Timeframe.H4.millis();
        return List.of(new SeriesInfo(BTC_4H, BARS, START, START + (BARS - 1) * h4),
                new SeriesInfo(ETH_1D, 400, START, START + 399 * Timeframe.D1.millis()),
                new SeriesInfo(new SeriesKey(Exchange.of("coinbase"), Instrument.of("BTC", "USD"), Timeframe.D1), 300,
                        START, START + 299 * Timeframe.D1.millis()));
    }

    @Override
    public List<StrategySpec> strategies() {
        return List.of(new StrategySpec("sma-cross", "SMA cross", List.of(
                        new StrategySpec.ParameterSpec("fast", 10, 2, 200, true),
                        new StrategySpec.ParameterSpec("slow", 40, 5, 500, true))),
                new StrategySpec("rsi-reversion", "RSI mean reversion", List.of(
                        new StrategySpec.ParameterSpec("period", 14, 2, 100, true),
                        new StrategySpec.ParameterSpec("lower", 30, 1, 50, false),
                        new StrategySpec.ParameterSpec("upper", 70, 50, 99, false))));
    }

    @Override
    public BacktestRun run(BacktestRequest request, RunControl control) throws Exception {
        lastRequest = request;
        runs.incrementAndGet();
        CountDownLatch wait = gate;
        if (wait != null) {
            for (int i = 0; i < 100 && !wait.await(50, TimeUnit.MILLISECONDS); i++) {
                control.progress(i / 100.0);
                control.throwIfCancelled();
            }
        }
        control.progress(0.5);
        Map<String, Double> p = request.strategy() instanceof StrategyChoice.Catalog c ? c.parameters() : Map.of();
        BacktestResult r = backtest(request.strategy().label(), tape(BARS), request.config(),
                p.getOrDefault("fast", 10.0).intValue(), p.getOrDefault("slow", 40.0).intValue());
        return new BacktestRun(r, refusals, request.config().allowShort() ? 0 : r.trades().size());
    }

    /** Refusals the next runs report (none by default). */
    volatile List<Refusal> refusals = List.of();

    static Refusal refusal(int bar, String reason) {
        return new Refusal(bar, START + bar * Timeframe.H4.millis(), "enter long", reason);
    }

    @Override
    public SweepView sweep(SweepRequest request, RunControl control) {
        List<SweepView.Row> rows = new ArrayList<>();
        StrategyChoice.Catalog base = (StrategyChoice.Catalog) request.base().strategy();
        List<Map<String, Double>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>(base.parameters()));
        for (ParameterRange range : request.ranges()) {
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> c : combos) {
                for (double v : range.values()) {
                    Map<String, Double> m = new LinkedHashMap<>(c);
                    m.put(range.name(), v);
                    next.add(m);
                }
            }
            combos = next;
        }
        BarTape tape = tape(BARS);
        for (int i = 0; i < combos.size(); i++) {
            Map<String, Double> c = combos.get(i);
            control.throwIfCancelled();
            control.progress((double) i / combos.size());
            BacktestResult r = backtest("x", tape, request.base().config(), c.get("fast").intValue(),
                    c.get("slow").intValue());
            rows.add(new SweepView.Row(c, r.metrics()));
        }
        return new SweepView(request.ranges().stream().map(ParameterRange::name).toList(), rows);
    }

    @Override
    public WalkForwardView walkForward(WalkForwardRequest request, RunControl control) {
        BarTape tape = tape(BARS);
        List<WalkForwardView.Fold> folds = new ArrayList<>();
        int train = 300;
        int test = 100;
        List<Long> times = new ArrayList<>();
        List<Double> equity = new ArrayList<>();
        double carried = request.base().config().capital();
        for (int f = 0; train + (f + 1) * test <= BARS; f++) {
            int testFrom = train + f * test;
            BacktestResult is = backtest("is", tape.slice(testFrom - train, testFrom), request.base().config(),
                    8 + f, 30 + 2 * f);
            BacktestResult oos = backtest("oos", tape.slice(testFrom, testFrom + test), request.base().config(),
                    8 + f, 30 + 2 * f);
            folds.add(new WalkForwardView.Fold(f + 1, tape.openTime()[testFrom - train], tape.openTime()[testFrom],
                    tape.openTime()[testFrom], tape.closeTime(testFrom + test - 1),
                    params(8.0 + f, 30.0 + 2 * f), is.metrics(), oos.metrics()));
            double scale = carried / oos.config().capital();
            for (int k = 0; k < oos.equity().length; k++) {
                times.add(tape.closeTime(testFrom + k));
                equity.add(oos.equity()[k] * scale);
            }
            carried = equity.getLast();
        }
        return new WalkForwardView(folds, times.stream().mapToLong(Long::longValue).toArray(),
                equity.stream().mapToDouble(Double::doubleValue).toArray(), 0.58, "Sharpe");
    }

    private static Map<String, Double> params(double fast, double slow) {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("fast", fast);
        p.put("slow", slow);
        return p;
    }

    static BarTape tape(int n) {
        Random r = new Random(11);
        long step = Timeframe.H4.millis();
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 42_000;
        for (int i = 0; i < n; i++) {
            t[i] = START + i * step;
            o[i] = price;
            price *= 1 + r.nextGaussian() * 0.012 + 0.0006 * Math.sin(i / 60.0);
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) * (1 + Math.abs(r.nextGaussian()) * 0.004);
            l[i] = Math.min(o[i], c[i]) * (1 - Math.abs(r.nextGaussian()) * 0.004);
            v[i] = 100 + r.nextInt(50);
        }
        return new BarTape("binance BTC/USDT 4h", step, t, o, h, l, c, v);
    }

    /** Long-only SMA cross, all in, filled at the next open with the taker fee. */
    static BacktestResult backtest(String label, BarTape tape, BacktestConfig config, int fast, int slow) {
        int n = tape.size();
        double fee = config.costs().takerFeeBps() / 10_000;
        double cash = config.capital();
        double qty = 0;
        double fees = 0;
        double[] equity = new double[n];
        List<Trade> trades = new ArrayList<>();
        int entryIndex = -1;
        double entryPrice = 0;
        double entryFee = 0;
        int inMarket = 0;
        byte pending = 0;
        for (int i = 0; i < n; i++) {
            if (pending == 1 && qty == 0) {
                entryPrice = tape.open()[i];
                qty = cash / (entryPrice * (1 + fee));
                entryFee = qty * entryPrice * fee;
                cash -= qty * entryPrice + entryFee;
                entryIndex = i;
            } else if (pending == 2 && qty > 0) {
                double exit = tape.open()[i];
                double exitFee = qty * exit * fee;
                cash += qty * exit - exitFee;
                fees += entryFee + exitFee;
                trades.add(trade(tape, entryIndex, i, qty, entryPrice, exit, entryFee + exitFee));
                qty = 0;
            }
            pending = 0;
            if (i >= Math.max(fast, slow)) {
                double f0 = sma(tape.close(), i, fast);
                double s0 = sma(tape.close(), i, slow);
                double f1 = sma(tape.close(), i - 1, fast);
                double s1 = sma(tape.close(), i - 1, slow);
                pending = f1 <= s1 && f0 > s0 ? (byte) 1 : f1 >= s1 && f0 < s0 ? (byte) 2 : 0;
            }
            inMarket += qty > 0 ? 1 : 0;
            equity[i] = cash + qty * tape.close()[i];
        }
        if (qty > 0) {
            double exit = tape.close()[n - 1];
            double exitFee = qty * exit * fee;
            fees += entryFee + exitFee;
            trades.add(trade(tape, entryIndex, n - 1, qty, entryPrice, exit, entryFee + exitFee));
            equity[n - 1] = cash + qty * exit - exitFee;
        }
        Metrics m = metrics(config.capital(), equity, trades, fees, inMarket, tape);
        return new BacktestResult(label, tape, config, equity, List.of(), trades, m);
    }

    private static Trade trade(BarTape tape, int from, int to, double qty, double entry, double exit, double fees) {
        return new Trade(PositionSide.LONG, tape.openTime()[from], tape.openTime()[to], from, to, qty, entry, exit,
                fees, qty * (exit - entry) - fees);
    }

    private static double sma(double[] v, int i, int period) {
        double s = 0;
        for (int k = i - period + 1; k <= i; k++) {
            s += v[k];
        }
        return s / period;
    }

    private static Metrics metrics(double capital, double[] equity, List<Trade> trades, double fees, int inMarket,
                                   BarTape tape) {
        int n = equity.length;
        double end = equity[n - 1];
        double peak = capital;
        double maxDd = 0;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            peak = Math.max(peak, equity[i]);
            maxDd = Math.max(maxDd, 1 - equity[i] / peak);
            double ret = equity[i] / (i == 0 ? capital : equity[i - 1]) - 1;
            sum += ret;
            sumSq += ret * ret;
        }
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
        double barsPerYear = 365 * 86_400_000.0 / tape.barMillis();
        double sharpe = sd == 0 ? Double.NaN : mean / sd * Math.sqrt(barsPerYear);
        double wins = trades.stream().filter(t -> t.pnl() > 0).mapToDouble(Trade::pnl).sum();
        double losses = -trades.stream().filter(t -> t.pnl() < 0).mapToDouble(Trade::pnl).sum();
        long winCount = trades.stream().filter(t -> t.pnl() > 0).count();
        long lossCount = trades.size() - winCount;
        double totalReturn = end / capital - 1;
        double years = n / barsPerYear;
        double cagr = Math.pow(end / capital, 1 / years) - 1;
        return new Metrics(end - capital, totalReturn, cagr, sharpe, sharpe * 1.3, maxDd == 0 ? Double.NaN
                : cagr / maxDd, maxDd, (int) (maxDd * 400), trades.isEmpty() ? Double.NaN
                : (double) winCount / trades.size(), losses == 0 ? Double.NaN : wins / losses,
                trades.isEmpty() ? Double.NaN : (end - capital) / trades.size(),
                winCount == 0 ? Double.NaN : wins / winCount, lossCount == 0 ? Double.NaN : -losses / lossCount,
                (double) inMarket / n, trades.size(), fees, trades.isEmpty() ? Double.NaN : 1.2,
                tape.close()[n - 1] / tape.open()[0] - 1);
    }
}

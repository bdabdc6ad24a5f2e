package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.walkforward.Fold;
import dev.cryptotrader.trading.backtest.walkforward.FoldResult;
import dev.cryptotrader.trading.backtest.walkforward.OosIsRatio;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardPlan;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardResult;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A finished walk-forward as the text tables and the JSON object of {@code cryptotrader walkforward}. */
final class WalkForwardReport {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final WalkForwardResult result;
    private final String strategy;
    private final MetricField objective; // null: fixed parameters

    WalkForwardReport(WalkForwardResult result, String strategy, MetricField objective) {
        this.result = result;
        this.strategy = strategy;
        this.objective = objective;
    }

    List<String> text() {
        BarTape tape = result.tape();
        List<String> lines = new ArrayList<>();
        lines.add("walk-forward " + strategy + " on " + tape.name() + " (" + tape.size() + " bars): " + planText()
                + "; " + result.folds().size() + " folds; " + (objective == null ? "fixed parameters"
                : "parameters optimised by " + objective.key() + " over " + result.folds().getFirst().trainSweep()
                .grid().size() + " combinations"));
        lines.add("  capital " + MetricsText.money(result.config().capital()) + "; "
                + CostOptions.describe(result.config().costs()) + "; " + SizingOptions.describe(result.config()));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%4s  %-16s  %-16s  %-22s %10s %10s %9s %9s %9s %7s", "fold",
                "test from", "test to", "parameters", "IS return", "OOS return", "IS sharpe", "OOS sharpe",
                "OOS maxDD", "OOS tr"));
        for (FoldResult f : result.folds()) {
            Fold fold = f.fold();
            lines.add(String.format(Locale.ROOT, "%4d  %-16s  %-16s  %-22s %10s %10s %9s %9s %9s %7d",
                    fold.index() + 1, SHORT.format(Instant.ofEpochMilli(tape.openTime()[fold.testFrom()])),
                    SHORT.format(Instant.ofEpochMilli(tape.closeTime(fold.testTo() - 1))),
                    MetricsText.cell(MetricsText.parameters(f.parameters()), 22),
                    MetricsText.percent(f.inSample().totalReturn()), MetricsText.percent(f.outOfSample().totalReturn()),
                    MetricsText.ratio(f.inSample().sharpe()), MetricsText.ratio(f.outOfSample().sharpe()),
                    MetricsText.percent(f.outOfSample().maxDrawdown()), f.outOfSample().trades()));
        }
        lines.add("");
        double[] equity = result.equity();
        lines.add("out of sample, stitched: " + equity.length + " test bars from " + Instant.ofEpochMilli(
                tape.openTime()[result.folds().getFirst().fold().testFrom()]) + " to " + Instant.ofEpochMilli(
                result.times()[equity.length - 1]) + untested());
        lines.addAll(MetricsText.lines(result.outOfSample(), "Final equity", MetricsText.money(equity[equity.length
                - 1])));
        lines.add("");
        OosIsRatio r = result.ratio();
        lines.add("OOS/IS ratio: Sharpe " + MetricsText.ratio(r.sharpe()) + " (mean in-sample "
                + MetricsText.ratio(r.meanInSampleSharpe()) + ", out-of-sample " + MetricsText.ratio(
                r.meanOutOfSampleSharpe()) + ", " + r.sharpeFolds() + " folds); CAGR " + MetricsText.ratio(
                r.annualisedReturn()) + " (mean in-sample " + MetricsText.percent(r.meanInSampleCagr())
                + ", out-of-sample " + MetricsText.percent(r.meanOutOfSampleCagr()) + ")");
        lines.add("  near 1: the edge held up out of sample; near 0 or below: the training fit noise; "
                + "— : undefined (in-sample mean <= 0)");
        return lines;
    }

    Map<String, Object> json() {
        BarTape tape = result.tape();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", strategy);
        m.putAll(BacktestJson.setup(tape, result.config()));
        WalkForwardPlan plan = result.plan();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("mode", plan.mode().name().toLowerCase(Locale.ROOT));
        p.put("train_bars", plan.train().toBars(tape.barMillis(), "train window"));
        p.put("test_bars", plan.test().toBars(tape.barMillis(), "test window"));
        p.put("step_bars", plan.step().toBars(tape.barMillis(), "step"));
        m.put("plan", p);
        m.put("optimised", objective != null);
        if (objective != null) {
            m.put("metric", objective.key());
        }
        List<Map<String, Object>> folds = new ArrayList<>();
        for (FoldResult f : result.folds()) {
            Fold fold = f.fold();
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("fold", fold.index() + 1);
            o.put("train_start", BacktestJson.time(tape.openTime()[fold.trainFrom()]));
            o.put("train_end", BacktestJson.time(tape.closeTime(fold.trainTo() - 1)));
            o.put("test_start", BacktestJson.time(tape.openTime()[fold.testFrom()]));
            o.put("test_end", BacktestJson.time(tape.closeTime(fold.testTo() - 1)));
            o.put("params", BacktestJson.parameters(f.parameters()));
            o.put("label", f.label());
            o.put("in_sample", BacktestJson.metrics(f.inSample()));
            o.put("out_of_sample", BacktestJson.metrics(f.outOfSample()));
            folds.add(o);
        }
        m.put("folds", folds);
        Map<String, Object> oos = new LinkedHashMap<>();
        double[] equity = result.equity();
        oos.put("from", BacktestJson.time(tape.openTime()[result.folds().getFirst().fold().testFrom()]));
        oos.put("to", BacktestJson.time(result.times()[equity.length - 1]));
        oos.put("bars", equity.length);
        oos.put("final_equity", BacktestJson.number(equity[equity.length - 1]));
        oos.put("trades", result.trades().size());
        oos.put("metrics", BacktestJson.metrics(result.outOfSample()));
        m.put("out_of_sample", oos);
        OosIsRatio r = result.ratio();
        Map<String, Object> ratio = new LinkedHashMap<>();
        ratio.put("sharpe", BacktestJson.number(r.sharpe()));
        ratio.put("cagr", BacktestJson.number(r.annualisedReturn()));
        ratio.put("mean_in_sample_sharpe", BacktestJson.number(r.meanInSampleSharpe()));
        ratio.put("mean_out_of_sample_sharpe", BacktestJson.number(r.meanOutOfSampleSharpe()));
        ratio.put("mean_in_sample_cagr", BacktestJson.number(r.meanInSampleCagr()));
        ratio.put("mean_out_of_sample_cagr", BacktestJson.number(r.meanOutOfSampleCagr()));
        ratio.put("sharpe_folds", r.sharpeFolds());
        ratio.put("cagr_folds", r.returnFolds());
        m.put("oos_is_ratio", ratio);
        return m;
    }

    /** The bars after the last whole test window, which no fold tests. */
    private String untested() {
        int after = result.tape().size() - result.folds().getLast().fold().testTo();
        return after == 0 ? "" : " (the last " + bars(after) + " fit no whole test window and are not tested)";
    }

    private String planText() {
        WalkForwardPlan plan = result.plan();
        long barMs = result.tape().barMillis();
        return plan.mode().name().toLowerCase(Locale.ROOT) + ", train " + bars(plan.train().toBars(barMs, "train"))
                + ", test " + bars(plan.test().toBars(barMs, "test")) + ", step " + bars(plan.step().toBars(barMs,
                "step"));
    }

    private static String bars(int n) {
        return n + (n == 1 ? " bar" : " bars");
    }
}

package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.compare.WalkForwardCsv;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;
import dev.cryptotrader.trading.backtest.sweep.StrategyFactory;
import dev.cryptotrader.trading.backtest.walkforward.ParameterChoice;
import dev.cryptotrader.trading.backtest.walkforward.WalkForward;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardPlan;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardResult;
import dev.cryptotrader.trading.backtest.walkforward.WindowLength;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

@Command(name = "walkforward", aliases = "walk-forward", sortOptions = false,
        description = {"Walk-forward validation: train on a window, test on the bars right after it, move on, and "
                + "stitch the test windows into one out-of-sample equity curve (docs/WALKFORWARD.md).",
                "With --grid the parameters are optimised on each train window (by --metric); without, the "
                        + "strategy's parameters are fixed. Prints the per-fold in-sample vs out-of-sample table, the "
                        + "out-of-sample metrics and the OOS/IS ratio."})
final class WalkForwardCommand extends StrategyRunCommand {

    @Option(names = "--train", required = true, paramLabel = "LEN",
            description = "Train window: bars (500) or a span (90d, 12h, 2w)")
    String train;

    @Option(names = "--test", required = true, paramLabel = "LEN",
            description = "Test window: bars (100) or a span (30d)")
    String test;

    @Option(names = "--step", paramLabel = "LEN",
            description = "How far each fold moves on (default: the test window, so test windows tile the series)")
    String step;

    @Option(names = "--anchored", description = "Train windows all start at the first bar and grow (default: "
            + "rolling windows of a fixed length)")
    boolean anchored;

    @Option(names = {"--optimize", "--optimise"},
            description = "Optimise the --grid parameters on each train window (implied by --grid)")
    boolean optimize;

    @Mixin
    GridOptions grid;

    @Option(names = "--metric", paramLabel = "KEY", defaultValue = "sharpe",
            description = "What the train windows are judged by (default: ${DEFAULT-VALUE})")
    String metric;

    @Mixin
    CostOptions costs;

    @Mixin
    SizingOptions sizing;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write the per-fold table as CSV")
    Path foldsCsv;

    @Option(names = "--equity", paramLabel = "FILE.csv",
            description = "Also write the stitched out-of-sample equity as CSV")
    Path equityCsv;

    @Option(names = "--threads", paramLabel = "N", description = "Backtests at once (default: every core)")
    Integer threads;

    @Override
    protected int run(CandleStore store) throws Exception {
        if (optimize && grid.isEmpty()) {
            throw new BadInputException("--optimize needs the parameters to try: --grid NAME=FROM:TO:STEP, e.g."
                    + " --grid fast=5:50:5");
        }
        boolean optimised = !grid.isEmpty();
        MetricField objective = SweepCommand.metric(metric);
        StrategyOptions.Spec spec = strategy.spec();
        ParameterGrid parameters = optimised ? grid.grid() : ParameterGrid.builder().build();
        StrategyFactory factory = GridOptions.factory(spec, parameters);
        ParameterChoice choice = optimised ? ParameterChoice.optimise(parameters, objective)
                : ParameterChoice.fixed(strategy.strategy().parameters());
        WalkForwardPlan plan = plan();
        BacktestConfig config = sizing.config(costs.costs(series.key().exchange(), feeSchedule()));
        BacktestSeries.Loaded loaded = load(store);
        String name = spec.name();
        RunProgress progress = new RunProgress(err(), ProgressBar.stderrIsTerminal(), "walk-forward " + name,
                "runs");
        CancellationToken cancel = new CancellationToken();
        // Held until the report is out, so Ctrl-C waits for the message saying what happened.
        try (CancelOnInterrupt ignored = new CancelOnInterrupt(cancel)) {
            WalkForwardResult result = null;
            CancellationException cancelled = null;
            try {
                result = new WalkForward(new BacktestEngine(), threads(threads)).run(loaded.tape(), plan, factory,
                        choice, config, progress::update, cancel::isCancelled);
            } catch (CancellationException e) {
                cancelled = e;
            } finally {
                progress.finish();
            }
            if (cancelled != null) {
                err().println("cancelled: " + cancelled.getMessage() + "; half a walk-forward proves nothing, so"
                        + " nothing is shown");
                return Cli.FAILURE;
            }
            report(result, new WalkForwardReport(result, name, optimised ? objective : null));
            return Cli.OK;
        }
    }

    private void report(WalkForwardResult result, WalkForwardReport report) throws Exception {
        if (json()) {
            out().println(BacktestJson.pretty(report.json()));
        } else {
            report.text().forEach(out()::println);
        }
        out().flush();
        if (foldsCsv != null) {
            try (Writer w = Files.newBufferedWriter(foldsCsv, StandardCharsets.UTF_8)) {
                WalkForwardCsv.writeFolds(result, w);
            }
            err().println("wrote " + result.folds().size() + " folds to " + foldsCsv);
        }
        if (equityCsv != null) {
            try (Writer w = Files.newBufferedWriter(equityCsv, StandardCharsets.UTF_8)) {
                WalkForwardCsv.writeEquity(result, w);
            }
            err().println("wrote " + result.equity().length + " out-of-sample equity points to " + equityCsv);
        }
        err().flush();
    }

    private WalkForwardPlan plan() {
        WindowLength trainLength = window("--train", train);
        WindowLength testLength = window("--test", test);
        WalkForwardPlan plan = anchored ? WalkForwardPlan.anchored(trainLength, testLength)
                : WalkForwardPlan.rolling(trainLength, testLength);
        return step == null ? plan : plan.withStep(window("--step", step));
    }

    private static WindowLength window(String option, String text) {
        try {
            return WindowLength.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }
}

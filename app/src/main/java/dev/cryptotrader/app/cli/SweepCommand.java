package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.compare.MetricFormat;
import dev.cryptotrader.trading.backtest.compare.SweepCsv;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.sweep.MetricRanking;
import dev.cryptotrader.trading.backtest.sweep.ParameterAxis;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;
import dev.cryptotrader.trading.backtest.sweep.SkippedCombination;
import dev.cryptotrader.trading.backtest.sweep.StrategyFactory;
import dev.cryptotrader.trading.backtest.sweep.Sweep;
import dev.cryptotrader.trading.backtest.sweep.SweepResult;
import dev.cryptotrader.trading.backtest.sweep.SweepRow;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@Command(name = "sweep", sortOptions = false,
        description = {"Backtest every combination of a parameter grid on all cores and rank them by a metric.",
                "Example: sweep --strategy sma-cross --grid fast=5:50:5 --grid slow=60:240:20 --metric sharpe ..."})
final class SweepCommand extends StrategyRunCommand {

    private static final int LISTED_SKIPS = 3;

    @Mixin
    GridOptions grid;

    @Mixin
    CostOptions costs;

    @Mixin
    SizingOptions sizing;

    @Option(names = "--metric", paramLabel = "KEY", defaultValue = "sharpe",
            description = "Rank by this metric's snake_case key (sharpe, net_profit, max_drawdown, ...; "
                    + "default: ${DEFAULT-VALUE}); drawdowns and fees rank smallest first")
    String metric;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Show the best N combinations (0: all; default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Write every combination, best first, as CSV")
    Path csv;

    @Option(names = "--threads", paramLabel = "N", description = "Backtests at once (default: every core)")
    Integer threads;

    @Override
    protected int run(CandleStore store) throws Exception {
        if (grid.isEmpty()) {
            throw new BadInputException("a sweep needs at least one --grid NAME=FROM:TO:STEP, e.g. --grid fast=5:50:5");
        }
        if (top < 0) {
            throw new BadInputException("--top must be >= 0, was " + top);
        }
        MetricField ranking = metric(metric);
        ParameterGrid parameters = grid.grid();
        StrategyOptions.Spec spec = strategy.spec();
        StrategyFactory factory = GridOptions.factory(spec, parameters);
        BacktestConfig config = sizing.config(costs.costs(series.key().exchange(), feeSchedule()));
        BacktestSeries.Loaded loaded = load(store);
        RunProgress progress = new RunProgress(err(), ProgressBar.stderrIsTerminal(), "sweep " + spec.name(), "runs");
        CancellationToken cancel = new CancellationToken();
        // Held until the report is out: Ctrl-C then waits for the rows finished so far to be printed.
        try (CancelOnInterrupt ignored = new CancelOnInterrupt(cancel)) {
            SweepResult result;
            try {
                result = new Sweep(new BacktestEngine(), threads(threads)).run(loaded.tape(), factory, parameters,
                        config, progress::update, cancel::isCancelled);
            } finally {
                progress.finish();
            }
            return report(result, loaded, ranking, config);
        }
    }

    private int report(SweepResult result, BacktestSeries.Loaded loaded, MetricField ranking, BacktestConfig config)
            throws Exception {
        List<SweepRow> ranked = result.sortedBy(ranking);
        List<SweepRow> shown = top == 0 ? ranked : ranked.subList(0, Math.min(top, ranked.size()));
        if (json()) {
            out().println(BacktestJson.pretty(toJson(result, loaded, ranking, shown, config)));
        } else {
            text(result, loaded, ranking, shown).forEach(out()::println);
        }
        out().flush();
        if (csv != null) {
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                SweepCsv.write(result, ranked, w);
            }
            err().println("wrote " + ranked.size() + " combinations" + (result.skipped().isEmpty() ? "" : " and "
                    + result.skipped().size() + " skipped ones") + " to " + csv);
        }
        if (result.cancelled()) {
            err().println("cancelled: " + result.rows().size() + " of " + result.grid().size()
                    + " combinations ran");
        }
        err().flush();
        return result.cancelled() ? Cli.FAILURE : Cli.OK;
    }

    static MetricField metric(String key) {
        try {
            return MetricRanking.parse(key);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--metric: " + e.getMessage());
        }
    }

    private static List<String> text(SweepResult r, BacktestSeries.Loaded loaded, MetricField ranking,
                                     List<SweepRow> shown) {
        List<String> lines = new ArrayList<>();
        lines.add("sweep " + r.strategy() + " over " + loaded.tape().name() + " (" + loaded.tape().size() + " bars): "
                + r.grid().size() + " combinations, " + r.rows().size() + " ran, " + r.skipped().size()
                + " skipped, in " + String.format(Locale.ROOT, "%.2f s (%,.0f bar-combinations/s)",
                r.elapsed().toNanos() / 1e9, r.barCombinationsPerSecond()));
        if (!shown.isEmpty()) {
            lines.add("best " + shown.size() + " by " + ranking.key() + ":");
            lines.addAll(table(r.grid().names(), columns(ranking), shown));
        }
        if (!r.skipped().isEmpty()) {
            lines.add("skipped " + r.skipped().size() + ":");
            for (SkippedCombination s : r.skipped().subList(0, Math.min(LISTED_SKIPS, r.skipped().size()))) {
                lines.add("  " + MetricsText.parameters(s.parameters()) + ": " + s.reason());
            }
            if (r.skipped().size() > LISTED_SKIPS) {
                lines.add("  ... and " + (r.skipped().size() - LISTED_SKIPS) + " more (see --out or --json)");
            }
        }
        return lines;
    }

    /** The ranking metric first, then the usual suspects. */
    private static List<MetricField> columns(MetricField ranking) {
        Set<MetricField> cols = new LinkedHashSet<>(List.of(ranking, MetricField.NET_PROFIT, MetricField.TOTAL_RETURN,
                MetricField.SHARPE, MetricField.MAX_DRAWDOWN, MetricField.TRADES, MetricField.WIN_RATE,
                MetricField.PROFIT_FACTOR, MetricField.FEES));
        return List.copyOf(cols);
    }

    /** Columns as wide as their widest cell, two spaces apart, numbers right-aligned. */
    private static List<String> table(List<String> names, List<MetricField> metrics, List<SweepRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("#"));
        head.addAll(names);
        metrics.forEach(m -> head.add(m.key()));
        cells.add(head);
        int rank = 1;
        for (SweepRow row : rows) {
            List<String> line = new ArrayList<>(List.of(Integer.toString(rank++)));
            names.forEach(n -> line.add(ParameterAxis.format(row.parameter(n))));
            metrics.forEach(m -> line.add(MetricFormat.display(m, row.value(m))));
            cells.add(line);
        }
        int[] widths = new int[head.size()];
        cells.forEach(line -> {
            for (int c = 0; c < line.size(); c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        });
        List<String> lines = new ArrayList<>();
        for (List<String> line : cells) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < line.size(); c++) {
                b.append(MetricsText.right(line.get(c), widths[c] + (c == 0 ? 2 : 3)));
            }
            lines.add(b.toString());
        }
        return lines;
    }

    private static Map<String, Object> toJson(SweepResult r, BacktestSeries.Loaded loaded, MetricField ranking,
                                              List<SweepRow> shown, BacktestConfig config) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", r.strategy());
        m.putAll(BacktestJson.setup(loaded.tape(), config));
        m.put("metric", ranking.key());
        Map<String, Object> axes = new LinkedHashMap<>();
        r.grid().axes().forEach(a -> axes.put(a.name(), Arrays.stream(a.values()).mapToObj(BacktestJson::value)
                .toList()));
        m.put("grid", axes);
        m.put("combinations", r.grid().size());
        m.put("ran", r.rows().size());
        m.put("cancelled", r.cancelled());
        m.put("elapsed_ms", r.elapsed().toMillis());
        double speed = r.barCombinationsPerSecond();
        m.put("bar_combinations_per_second", Double.isFinite(speed) ? (Object) Math.round(speed) : null);
        List<Map<String, Object>> rows = new ArrayList<>();
        int rank = 1;
        for (SweepRow row : shown) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("rank", rank++);
            o.put("params", BacktestJson.parameters(row.parameters()));
            o.put("label", row.label());
            o.put("metrics", BacktestJson.metrics(row.metrics()));
            rows.add(o);
        }
        m.put("rows", rows);
        m.put("skipped", r.skipped().stream().map(s -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("params", BacktestJson.parameters(s.parameters()));
            o.put("reason", s.reason());
            return o;
        }).toList());
        return m;
    }
}

package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestEngine;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.BacktestRun;
import dev.cryptotrader.trading.backtest.Refusal;
import dev.cryptotrader.trading.backtest.export.BacktestExport;
import dev.cryptotrader.trading.backtest.export.JsonExport;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "backtest", sortOptions = false,
        description = {"Run one strategy over a stored series with costs: fills at the next bar's open, fees from the "
                + "exchange's schedule or --fee-bps, spread and slippage on every taker fill (docs/BACKTESTING.md).",
                "Prints the metrics (docs/METRICS.md); --json prints one object with metrics and trades."})
final class BacktestCommand extends StrategyRunCommand {

    private static final int LISTED_REFUSALS = 5;

    @Mixin
    CostOptions costs;

    @Mixin
    SizingOptions sizing;

    @Option(names = "--trades", paramLabel = "FILE.csv", description = "Also write the trades as CSV")
    Path tradesCsv;

    @Option(names = "--equity", paramLabel = "FILE.csv", description = "Also write the equity curve as CSV")
    Path equityCsv;

    @Override
    protected int run(CandleStore store) throws Exception {
        Strategy s = strategy.strategy();
        BacktestConfig config = sizing.config(costs.costs(series.key().exchange(), feeSchedule()));
        BacktestSeries.Loaded loaded = load(store);
        BacktestSeries.requireWarmUp(loaded, s);
        BacktestRun run = new BacktestEngine().runWithNotes(loaded.tape(), s, config);
        BacktestResult result = run.result();
        if (json()) {
            out().println(json(run, s));
            out().flush();
            notes(run).forEach(err()::println);
        } else {
            text(run, s).forEach(out()::println);
            out().flush();
        }
        if (tradesCsv != null) {
            BacktestExport.writeTradesCsv(result, tradesCsv);
            err().println("wrote " + result.trades().size() + " trades to " + tradesCsv);
        }
        if (equityCsv != null) {
            BacktestExport.writeEquityCsv(result, equityCsv);
            err().println("wrote " + result.equity().length + " equity points to " + equityCsv);
        }
        err().flush();
        return Cli.OK;
    }

    /** The export's object (docs/METRICS.md), with the strategy's parameters and the engine's notes added. */
    static String json(BacktestRun run, Strategy s) throws Exception {
        ObjectNode exported = (ObjectNode) BacktestJson.EXACT.readTree(JsonExport.toJson(run.result(),
                JsonExport.Options.CLI));
        ObjectNode out = BacktestJson.EXACT.createObjectNode();
        out.set("label", exported.remove("label"));
        Map<String, Object> strategy = new LinkedHashMap<>();
        strategy.put("id", s.id());
        strategy.put("params", BacktestJson.parameters(s.parameters()));
        out.set("strategy", BacktestJson.EXACT.valueToTree(strategy));
        out.setAll(exported);
        List<Map<String, Object>> refusals = new ArrayList<>();
        for (Refusal r : run.refusals()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", BacktestJson.time(r.time()));
            m.put("bar", r.barIndex());
            m.put("signal", r.signal());
            m.put("reason", r.reason());
            refusals.add(m);
        }
        out.set("refusals", BacktestJson.EXACT.valueToTree(refusals));
        out.put("ignored_short_signals", run.ignoredShortSignals());
        return BacktestJson.compact(out);
    }

    private static List<String> text(BacktestRun run, Strategy s) {
        BacktestResult r = run.result();
        double[] equity = r.equity();
        int bars = r.tape().size();
        List<String> lines = new ArrayList<>();
        lines.add(s.label() + " on " + r.tape().name());
        lines.add("  " + Instant.ofEpochMilli(r.tape().openTime()[0]) + " to "
                + Instant.ofEpochMilli(r.tape().closeTime(bars - 1)) + ": " + bars + " bars, warm-up " + s.warmUp());
        lines.add("  capital " + MetricsText.money(r.config().capital()) + "; " + CostOptions.describe(r.config()
                .costs()) + "; " + SizingOptions.describe(r.config()));
        lines.add("");
        lines.addAll(MetricsText.lines(r.metrics(), "Final equity", MetricsText.money(equity[equity.length - 1])));
        List<String> notes = notes(run);
        if (!notes.isEmpty()) {
            lines.add("");
            lines.addAll(notes);
        }
        return lines;
    }

    /** What the engine did not do and why: refused entries and ignored short signals. */
    static List<String> notes(BacktestRun run) {
        List<String> notes = new ArrayList<>();
        List<Refusal> refusals = run.refusals();
        if (!refusals.isEmpty()) {
            notes.add("note: " + refusals.size() + " entr" + (refusals.size() == 1 ? "y was" : "ies were")
                    + " refused:");
            for (Refusal r : refusals.subList(0, Math.min(LISTED_REFUSALS, refusals.size()))) {
                notes.add("  " + Instant.ofEpochMilli(r.time()) + " (bar " + r.barIndex() + ") " + r.signal() + ": "
                        + r.reason());
            }
            if (refusals.size() > LISTED_REFUSALS) {
                notes.add("  ... and " + (refusals.size() - LISTED_REFUSALS) + " more (all of them in --json)");
            }
        }
        int ignored = run.ignoredShortSignals();
        if (ignored > 0) {
            notes.add("note: " + ignored + " short signal" + (ignored == 1 ? " was" : "s were")
                    + " ignored: shorting is off (add --short to act on them)");
        }
        return notes;
    }
}

package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.backtest.lookahead.LookaheadChange;
import dev.cryptotrader.trading.backtest.lookahead.LookaheadCheck;
import dev.cryptotrader.trading.backtest.lookahead.LookaheadOptions;
import dev.cryptotrader.trading.backtest.lookahead.LookaheadReport;
import dev.cryptotrader.trading.backtest.strategy.Signal;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Command(name = "lookahead", sortOptions = false,
        description = {"Check a strategy for lookahead bias: re-run it on the data cut off right after each signal "
                + "(and after a sample of quiet bars); if a signal or an indicator value changes, it read the future.",
                "Exit code 0: clean; 1: lookahead found (the changed bars are listed) or the check was cancelled; "
                        + "2: bad input."})
final class LookaheadCommand extends StrategyRunCommand {

    @Option(names = "--threads", paramLabel = "N", description = "Re-runs at once (default: every core)")
    Integer threads;

    @Override
    protected int run(CandleStore store) throws Exception {
        Strategy s = strategy.strategy();
        BacktestSeries.Loaded loaded = load(store);
        BacktestSeries.requireWarmUp(loaded, s);
        LookaheadCheck check = new LookaheadCheck(LookaheadOptions.DEFAULTS.withParallelism(threads(threads)));
        RunProgress progress = new RunProgress(err(), ProgressBar.stderrIsTerminal(), "lookahead " + s.label(),
                "cut points");
        CancellationToken cancel = new CancellationToken();
        // Held until the report is out: Ctrl-C then waits for the cut points checked so far to be reported.
        try (CancelOnInterrupt ignored = new CancelOnInterrupt(cancel)) {
            LookaheadReport report;
            try {
                report = check.run(s, loaded.tape(), progress::update, cancel::isCancelled);
            } finally {
                progress.finish();
            }
            if (json()) {
                out().println(BacktestJson.pretty(toJson(report, loaded.tape().openTime())));
            } else {
                report.lines().forEach(out()::println);
            }
            out().flush();
            return report.passed() ? Cli.OK : Cli.FAILURE;
        }
    }

    private static Map<String, Object> toJson(LookaheadReport r, long[] openTimes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", r.strategy());
        m.put("series", r.tape());
        m.put("flagged", r.flagged());
        m.put("cancelled", r.cancelled());
        m.put("summary", r.summary());
        m.put("bars", r.bars());
        m.put("warm_up", r.warmUp());
        m.put("signals", r.signals());
        m.put("signals_checked", r.signalsChecked());
        m.put("samples_checked", r.samplesChecked());
        m.put("cut_points_planned", r.cutPointsPlanned());
        m.put("change_count", r.changeCount());
        m.put("changed_bars", Arrays.stream(r.changedBars()).mapToObj(i -> bar(i, openTimes[i])).toList());
        List<Map<String, Object>> changes = r.changes().stream().map(LookaheadCommand::change).toList();
        m.put("changes", changes);
        return m;
    }

    private static Map<String, Object> bar(int index, long openTime) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bar", index);
        m.put("time", BacktestJson.time(openTime));
        return m;
    }

    private static Map<String, Object> change(LookaheadChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
        m.put("bar", c.bar());
        m.put("time", BacktestJson.time(c.time()));
        m.put("cut_at", c.cutAt());
        if (c.kind() == LookaheadChange.Kind.ACTION) {
            m.put("full", Signal.name((byte) c.fullValue()));
            m.put("cut", Signal.name((byte) c.cutValue()));
        } else if (c.kind() != LookaheadChange.Kind.RUN) {
            m.put("column", c.column());
            m.put("full", BacktestJson.number(c.fullValue()));
            m.put("cut", BacktestJson.number(c.cutValue()));
        }
        m.put("description", c.describe());
        return m;
    }
}

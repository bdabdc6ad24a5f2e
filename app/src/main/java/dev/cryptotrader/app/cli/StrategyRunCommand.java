package dev.cryptotrader.app.cli;

import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.execution.FeeSchedule;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * Base of the commands that run a strategy over a stored series (backtest, sweep, walkforward, lookahead): the series
 * and strategy options, stdout for data and stderr for people. {@code --list-strategies} answers without opening the
 * database, so it works before there is one.
 */
abstract class StrategyRunCommand implements Callable<Integer> {

    @ParentCommand
    CryptotraderCommand top;

    @Spec
    CommandSpec spec;

    @Mixin
    BacktestSeries series;

    @Mixin
    StrategyOptions strategy;

    @Override
    public final Integer call() throws Exception {
        if (strategy.listRequested()) {
            strategy.describeAll().forEach(out()::println);
            out().flush();
            return Cli.OK;
        }
        strategy.spec(); // a bad strategy or parameter is refused before the database is touched
        try (CandleStore store = SqliteCandleStore.open(top.databasePath())) {
            return run(store);
        }
    }

    protected abstract int run(CandleStore store) throws Exception;

    /** The series' bars, with a note on stderr when the range has holes. */
    BacktestSeries.Loaded load(CandleStore store) {
        BacktestSeries.Loaded loaded = series.load(store);
        if (loaded.gapNote() != null) {
            err().println(loaded.gapNote());
        }
        return loaded;
    }

    boolean json() {
        return top.json();
    }

    /** The fees of config.json beside the database (or --config), over the public base tiers. */
    FeeSchedule feeSchedule() {
        return top.userConfig().fees();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Threads for the parallel commands: {@code requested}, or every core when it is null. */
    static int threads(Integer requested) {
        if (requested == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (requested < 1) {
            throw new BadInputException("--threads must be >= 1, was " + requested);
        }
        return requested;
    }
}

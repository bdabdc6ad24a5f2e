package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.walkforward.Fold;
import dev.cryptotrader.trading.backtest.walkforward.FoldResult;
import dev.cryptotrader.trading.backtest.walkforward.WalkForwardResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps the walk-forward engine's result to what the panel shows: fold times instead of bar indices. */
final class WalkForwardViews {

    private WalkForwardViews() {
    }

    /** {@code fixed}: the strategy's own parameters, under the ones a fold chose. */
    static WalkForwardView of(WalkForwardResult result, Map<String, Double> fixed) {
        BarTape tape = result.tape();
        List<WalkForwardView.Fold> folds = result.folds().stream().map(f -> fold(tape, f, fixed)).toList();
        return new WalkForwardView(folds, result.times(), result.equity(), result.oosIsRatio(), "Sharpe");
    }

    private static WalkForwardView.Fold fold(BarTape tape, FoldResult result, Map<String, Double> fixed) {
        Fold f = result.fold();
        Map<String, Double> parameters = new LinkedHashMap<>(fixed);
        parameters.putAll(result.parameters());
        // [from, to) as times: the first bar's open to the last bar's close
        return new WalkForwardView.Fold(f.index() + 1, tape.openTime()[f.trainFrom()], tape.closeTime(f.trainTo() - 1),
                tape.openTime()[f.testFrom()], tape.closeTime(f.testTo() - 1), parameters, result.inSample(),
                result.outOfSample());
    }
}

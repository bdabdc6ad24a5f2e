package dev.cryptotrader.trading.backtest.walkforward;

import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a walk-forward runs on each test fold: the same parameters throughout, or the best of a grid on each train fold. */
public sealed interface ParameterChoice {

    /** The combinations tried on a train fold (one for fixed parameters). */
    ParameterGrid grid();

    /** What the train fold is judged by. */
    MetricField objective();

    /** The same parameters on every fold; the train fold only gives the in-sample figures. */
    record Fixed(Map<String, Double> parameters) implements ParameterChoice {
        public Fixed {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters)));
        }

        @Override
        public ParameterGrid grid() {
            return ParameterGrid.single(parameters);
        }

        @Override
        public MetricField objective() {
            return MetricField.SHARPE;
        }
    }

    /** Every combination of {@code grid} on each train fold; the best by {@code objective} goes on to the test fold. */
    record Optimised(ParameterGrid grid, MetricField objective) implements ParameterChoice {
        public Optimised {
            Objects.requireNonNull(grid, "grid");
            Objects.requireNonNull(objective, "objective");
        }
    }

    static ParameterChoice fixed(Map<String, Double> parameters) {
        return new Fixed(parameters);
    }

    /** Optimised by Sharpe ratio. */
    static ParameterChoice optimise(ParameterGrid grid) {
        return new Optimised(grid, MetricField.SHARPE);
    }

    static ParameterChoice optimise(ParameterGrid grid, MetricField objective) {
        return new Optimised(grid, objective);
    }
}

package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.sweep.CatalogFactory;
import dev.cryptotrader.trading.backtest.sweep.ParameterAxis;
import dev.cryptotrader.trading.backtest.sweep.ParameterGrid;
import dev.cryptotrader.trading.backtest.sweep.StrategyFactory;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter grid of a sweep or an optimising walk-forward: {@code --grid fast=5:50:5} (from:to:step, both ends
 * included when the step lands on them) or {@code --grid slow=60,120,240} (a list). Parameters not on the grid keep
 * their {@code --param} (or strategy file) value or their default.
 */
public final class GridOptions {

    @Option(names = "--grid", paramLabel = "NAME=FROM:TO:STEP",
            description = "A swept parameter, repeatable: fast=5:50:5 (from:to:step) or slow=60,120,240 (values)")
    List<String> grid = new ArrayList<>();

    boolean isEmpty() {
        return grid.isEmpty();
    }

    /** The grid; every malformed or empty axis is refused naming the {@code --grid} it came from. */
    ParameterGrid grid() {
        ParameterGrid.Builder builder = ParameterGrid.builder();
        for (String text : grid) {
            builder.axis(axis(text));
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--grid: " + e.getMessage());
        }
    }

    static ParameterAxis axis(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new BadInputException("bad --grid '" + text + "': use NAME=FROM:TO:STEP (fast=5:50:5) or"
                    + " NAME=V1,V2,... (slow=60,120,240)");
        }
        String name = text.substring(0, eq).trim();
        String values = text.substring(eq + 1).trim();
        String what = "--grid " + name;
        try {
            if (values.contains(":")) {
                String[] parts = values.split(":", -1);
                if (parts.length != 3) {
                    throw new BadInputException("bad --grid '" + text + "': a range is FROM:TO:STEP, e.g. "
                            + name + "=5:50:5");
                }
                return ParameterAxis.range(name, StrategyOptions.number(parts[0].trim(), what),
                        StrategyOptions.number(parts[1].trim(), what), StrategyOptions.number(parts[2].trim(), what),
                        ParameterGrid.DEFAULT_LIMIT);
            }
            String[] parts = values.split(",", -1);
            double[] list = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                list[i] = StrategyOptions.number(parts[i].trim(), what);
            }
            return ParameterAxis.of(name, list);
        } catch (BadInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("bad --grid '" + text + "': " + e.getMessage());
        }
    }

    /**
     * Makes the strategy of each grid combination: the catalogue strategy with the fixed parameters, overridden by the
     * combination's. A rule strategy from a file has no parameters, so its grid must be empty.
     */
    static StrategyFactory factory(StrategyOptions.Spec spec, ParameterGrid grid) {
        if (spec.id() == null) {
            if (!grid.names().isEmpty()) {
                throw new BadInputException("a rule strategy from a file has no parameters to put on a --grid");
            }
            Strategy rule = spec.rule();
            return combination -> rule;
        }
        for (String name : grid.names()) {
            if (spec.explicit().contains(name)) {
                throw new BadInputException(name + " is both fixed with --param and swept with --grid; give it once");
            }
        }
        try {
            CatalogFactory.of(spec.catalog(), spec.id()).requireParameters(grid);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--grid: " + e.getMessage());
        }
        Map<String, Double> fixed = spec.params();
        return combination -> {
            Map<String, Double> all = new LinkedHashMap<>(fixed);
            all.putAll(combination); // the grid's value wins over a strategy file's
            return spec.catalog().create(spec.id(), all); // a refusal skips the combination, with its reason
        };
    }
}

package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.backtest.sweep.ParameterAxis;
import dev.cryptotrader.trading.execution.CostModel;
import picocli.CommandLine.Option;

import java.util.Locale;

/** The account a backtest trades: starting capital, how big each entry is, and whether it may go short. */
public final class SizingOptions {

    @Option(names = "--capital", paramLabel = "AMOUNT", defaultValue = "10000",
            description = "Starting cash in the quote currency (default: ${DEFAULT-VALUE})")
    double capital;

    @Option(names = "--sizing", paramLabel = "MODE=VALUE", defaultValue = "fraction=1",
            description = "Entry size: fraction=1 (share of equity, 1 is all in), fixed=0.5 (quantity), "
                    + "risk=0.01 (share of equity risked to the strategy's stop), kelly=0.25 (capped Kelly); "
                    + "a fraction may be written 50%% (default: ${DEFAULT-VALUE})")
    String sizing;

    @Option(names = "--short", description = "Act on short signals too (default: long only; short signals are "
            + "ignored and counted)")
    boolean allowShort;

    BacktestConfig config(CostModel costs) {
        if (!(capital > 0) || Double.isInfinite(capital)) {
            throw new BadInputException("--capital must be > 0, was " + ParameterAxis.format(capital));
        }
        return new BacktestConfig(capital, costs, parse(sizing), allowShort, 0);
    }

    static Sizing parse(String text) {
        int eq = text.indexOf('=');
        String mode = (eq < 0 ? text : text.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        if (eq < 0 || eq == text.length() - 1) {
            throw new BadInputException("bad --sizing '" + text + "': use fraction=1, fixed=0.5, risk=0.01 or"
                    + " kelly=0.25");
        }
        String valueText = text.substring(eq + 1).trim();
        boolean percent = valueText.endsWith("%");
        double value = StrategyOptions.number(percent ? valueText.substring(0, valueText.length() - 1).trim()
                : valueText, "--sizing " + mode);
        if (percent) {
            value /= 100;
        }
        return switch (mode) {
            case "fraction" -> new Sizing.FractionOfEquity(fraction(value, "fraction of equity"));
            case "fixed" -> {
                if (percent || !(value > 0)) {
                    throw new BadInputException("--sizing fixed must be a quantity > 0, was " + valueText);
                }
                yield new Sizing.FixedQuantity(value);
            }
            case "risk" -> new Sizing.RiskPercent(fraction(value, "risk per trade"));
            case "kelly" -> new Sizing.CappedKelly(fraction(value, "Kelly cap"));
            default -> throw new BadInputException("unknown --sizing mode '" + mode + "' (known: fraction, fixed,"
                    + " risk, kelly)");
        };
    }

    private static double fraction(double value, String what) {
        if (!(value > 0 && value <= 1)) {
            throw new BadInputException("--sizing: " + what + " must be in (0, 1] (1 is 100%), was "
                    + ParameterAxis.format(value));
        }
        return value;
    }

    /** {@code 100% of equity}, {@code 0.5 per entry}, {@code risk 1% to the stop}, {@code Kelly capped at 25%}. */
    static String describe(BacktestConfig config) {
        String size = switch (config.sizing()) {
            case Sizing.FractionOfEquity f -> percent(f.fraction()) + " of equity";
            case Sizing.FixedQuantity f -> ParameterAxis.format(f.quantity()) + " per entry";
            case Sizing.RiskPercent r -> "risk " + percent(r.riskFraction()) + " of equity to the stop";
            case Sizing.CappedKelly k -> "Kelly capped at " + percent(k.cap());
        };
        return size + ", " + (config.allowShort() ? "long and short" : "long only");
    }

    private static String percent(double fraction) {
        return ParameterAxis.format(Math.round(fraction * 1e6) / 1e4) + "%";
    }
}

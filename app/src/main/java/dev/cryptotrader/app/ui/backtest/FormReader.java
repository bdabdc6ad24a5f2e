package dev.cryptotrader.app.ui.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.execution.CostModel;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the form into requests, or throws a {@link FormException} naming the first field that does not read and
 * why: "Parameter fast must be a whole number, was 2.5", "Capital must be above 0, was -5".
 */
final class FormReader {

    /** A grid larger than this is refused: it would run for hours and likely comes from a typo. */
    static final long MAX_COMBINATIONS = 250_000;

    private static final Pattern LENGTH = Pattern.compile("(\\d+)\\s*([mhdw]?)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormReader() {
    }

    static BacktestRequest request(BacktestForm f) {
        if (f.series.get() == null) {
            throw new FormException("series", "Choose a series to test");
        }
        StrategySpec spec = f.strategy.get();
        if (spec == null) {
            throw new FormException("strategy", "Choose a strategy");
        }
        StrategyChoice strategy = spec.isJsonRule() ? rule(f.ruleJson.get()) : new StrategyChoice.Catalog(spec.id(),
                parameterValues(f.parameters));
        return new BacktestRequest(f.series.get().key(), range(f.from.get(), f.to.get()), strategy, config(f));
    }

    static SweepRequest sweep(BacktestForm f) {
        BacktestRequest base = request(f);
        if (!(base.strategy() instanceof StrategyChoice.Catalog)) {
            throw new FormException("strategy", "A sweep needs a strategy from the list, not a JSON rule");
        }
        List<ParameterRange> ranges = ranges(f.parameters);
        if (ranges.isEmpty()) {
            throw new FormException(f.parameters.isEmpty() ? "strategy" : "sweep-to-" + f.parameters.getFirst().name(),
                    "Give at least one parameter a range (from below to) to sweep");
        }
        SweepRequest sweep = new SweepRequest(base, ranges);
        if (sweep.combinations() > MAX_COMBINATIONS) {
            throw new FormException("sweep-step-" + ranges.getFirst().name(), "The sweep would run "
                    + String.format(Locale.ENGLISH, "%,d", sweep.combinations()) + " combinations; at most "
                    + String.format(Locale.ENGLISH, "%,d", MAX_COMBINATIONS) + ": use larger steps");
        }
        return sweep;
    }

    static WalkForwardRequest walkForward(BacktestForm f) {
        BacktestRequest base = request(f);
        Timeframe tf = f.series.get().key().timeframe();
        int train = bars("train", "Train length", f.trainLength.get(), tf);
        int test = bars("test", "Test length", f.testLength.get(), tf);
        int step = bars("step", "Step", f.stepLength.get(), tf);
        List<ParameterRange> optimise = List.of();
        if (f.optimise.get()) {
            if (!(base.strategy() instanceof StrategyChoice.Catalog)) {
                throw new FormException("optimise", "Optimising needs a strategy from the list, not a JSON rule");
            }
            optimise = ranges(f.parameters);
            if (optimise.isEmpty()) {
                throw new FormException("optimise", "Optimising needs at least one parameter with a range on the "
                        + "Sweep tab, or untick Optimise");
            }
        }
        MetricColumn objective = f.objective.get() == null ? MetricColumn.SHARPE : f.objective.get();
        return new WalkForwardRequest(base, train, test, step, f.anchored.get(), optimise, objective.key());
    }

    /** A fold length: a number of bars ({@code 500}) or a time ({@code 90d}, {@code 12w}, {@code 36h}). */
    static int bars(String field, String title, String text, Timeframe timeframe) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = LENGTH.matcher(t);
        if (!m.matches()) {
            throw new FormException(field, title + " must be a number of bars (500) or a time (90d, 12w, 36h), was '"
                    + t + "'");
        }
        long n = Long.parseLong(m.group(1));
        long unit = switch (m.group(2)) {
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            case "d" -> 86_400_000L;
            case "w" -> 7 * 86_400_000L;
            default -> 0;
        };
        long bars = unit == 0 ? n : n * unit / timeframe.millis();
        if (bars < 1 || bars > Integer.MAX_VALUE) {
            throw new FormException(field, title + " must be at least one " + timeframe.label() + " bar, was '" + t
                    + "'");
        }
        return (int) bars;
    }

    private static StrategyChoice rule(String json) {
        if (json == null || json.isBlank()) {
            throw new FormException("rule", "The JSON rule is empty");
        }
        try {
            JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormException("rule", "The JSON rule is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        return new StrategyChoice.JsonRule(json);
    }

    private static Map<String, Double> parameterValues(List<ParameterField> fields) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterField p : fields) {
            values.put(p.name(), parameter(p, p.fieldId(), "Parameter " + p.name(), p.value().get()));
        }
        return values;
    }

    /** Ranges of the parameters whose sweep covers more than one value. */
    private static List<ParameterRange> ranges(List<ParameterField> fields) {
        List<ParameterRange> ranges = new ArrayList<>();
        for (ParameterField p : fields) {
            double from = parameter(p, "sweep-from-" + p.name(), p.name() + " sweep from", p.sweepFrom().get());
            double to = parameter(p, "sweep-to-" + p.name(), p.name() + " sweep to", p.sweepTo().get());
            double step = number("sweep-step-" + p.name(), p.name() + " sweep step", p.sweepStep().get());
            if (!(step > 0) || (p.spec().integer() && step != Math.rint(step))) {
                throw new FormException("sweep-step-" + p.name(), p.name() + " sweep step must be "
                        + (p.spec().integer() ? "a whole number " : "") + "above 0, was " + p.sweepStep().get());
            }
            if (from > to) {
                throw new FormException("sweep-to-" + p.name(), p.name() + " sweep range is empty: from "
                        + MetricFormat.parameter(from) + " is above to " + MetricFormat.parameter(to));
            }
            try {
                ParameterRange range = new ParameterRange(p.name(), from, to, step);
                if (range.count() > 1) {
                    ranges.add(range);
                }
            } catch (IllegalArgumentException e) {
                throw new FormException("sweep-step-" + p.name(), e.getMessage());
            }
        }
        return ranges;
    }

    private static double parameter(ParameterField p, String field, String title, String text) {
        double v = number(field, title, text);
        StrategySpec.ParameterSpec spec = p.spec();
        if (spec.integer() && v != Math.rint(v)) {
            throw new FormException(field, title + " must be a whole number, was " + text.strip());
        }
        if (v < spec.min() || v > spec.max()) {
            throw new FormException(field, title + " must be between " + MetricFormat.parameter(spec.min()) + " and "
                    + MetricFormat.parameter(spec.max()) + ", was " + text.strip());
        }
        return v;
    }

    private static BacktestConfig config(BacktestForm f) {
        double maker = number("maker-fee", "Maker fee (bps)", f.makerFee.get());
        double taker = nonNegative("taker-fee", "Taker fee (bps)", f.takerFee.get());
        double spread = nonNegative("spread", "Spread (bps)", f.spread.get());
        double slippage = nonNegative("slippage", "Slippage (bps)", f.slippage.get());
        double capital = number("capital", "Capital", f.capital.get());
        if (!(capital > 0)) {
            throw new FormException("capital", "Capital must be above 0, was " + f.capital.get().strip());
        }
        double sizingValue = number("sizing-value", "Sizing " + f.sizing.get().unit(), f.sizingValue.get());
        Sizing sizing;
        try {
            sizing = f.sizing.get().sizing(sizingValue);
        } catch (IllegalArgumentException e) {
            throw new FormException("sizing-value", e.getMessage());
        }
        return new BacktestConfig(capital, new CostModel(maker, taker, spread, slippage), sizing, f.allowShort.get(),
                0);
    }

    private static double nonNegative(String field, String title, String text) {
        double v = number(field, title, text);
        if (v < 0) {
            throw new FormException(field, title + " must be 0 or more, was " + text.strip());
        }
        return v;
    }

    /** A finite number; thousands separators and spaces allowed ({@code 10,000}). */
    static double number(String field, String title, String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (t.isEmpty()) {
            throw new FormException(field, title + " is empty");
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v) && !t.matches(".*[a-zA-Z&&[^eE]].*")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new FormException(field, title + " must be a number, was '" + text.strip() + "'");
    }

    /** {@code [from 00:00 UTC, the day after to 00:00 UTC)}; an empty end is open. */
    static TimeRange range(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new FormException("to", "The To date " + to + " is before the From date " + from);
        }
        long start = from == null ? Long.MIN_VALUE : from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        long end = to == null ? Long.MAX_VALUE
                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return new TimeRange(start, end);
    }
}

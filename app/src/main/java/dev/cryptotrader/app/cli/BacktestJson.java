package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BarTape;
import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.backtest.metrics.Metrics;
import dev.cryptotrader.trading.execution.CostModel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON spelling shared by the backtest commands, the same as the backtest exports (docs/METRICS.md): snake_case
 * metric keys, plain decimals that read back as the same double, ISO-8601 UTC times, and {@code null} for an undefined
 * number.
 */
final class BacktestJson {

    /** Reads and writes numbers as exact decimals, so a document passed through it keeps every digit. */
    static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private BacktestJson() {
    }

    /** A plain decimal, or null when undefined (JSON has no NaN or infinity). */
    static BigDecimal number(double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        String s = Double.toString(v);
        return s.indexOf('E') < 0 ? new BigDecimal(s) : new BigDecimal(s).stripTrailingZeros();
    }

    static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    /** Every metric under its snake_case key, in the export order; counts as whole numbers. */
    static Map<String, Object> metrics(Metrics metrics) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (MetricField field : MetricField.values()) {
            double v = field.value(metrics);
            m.put(field.key(), field.kind() == MetricField.Kind.COUNT && Double.isFinite(v) ? (Object) Math.round(v)
                    : number(v));
        }
        return m;
    }

    /** Parameter values as numbers: {@code fast: 20}, not {@code 20.0}. */
    static Map<String, Object> parameters(Map<String, Double> parameters) {
        Map<String, Object> m = new LinkedHashMap<>();
        parameters.forEach((k, v) -> m.put(k, value(v)));
        return m;
    }

    /** A parameter value: a whole number without {@code .0}. */
    static Object value(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : number(v);
    }

    /** What a run replays and under which assumptions: the tape, capital, costs, sizing and shorting. */
    static Map<String, Object> setup(BarTape tape, BacktestConfig config) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("series", tape.name());
        m.put("bar_ms", tape.barMillis());
        m.put("from", time(tape.openTime()[0]));
        m.put("to", time(tape.closeTime(tape.size() - 1)));
        m.put("bars", tape.size());
        m.put("initial_capital", number(config.capital()));
        CostModel c = config.costs();
        Map<String, Object> costs = new LinkedHashMap<>();
        costs.put("maker_fee_bps", number(c.makerFeeBps()));
        costs.put("taker_fee_bps", number(c.takerFeeBps()));
        costs.put("spread_bps", number(c.spreadBps()));
        costs.put("slippage_bps", number(c.slippageBps()));
        m.put("costs", costs);
        Map<String, Object> sizing = new LinkedHashMap<>();
        switch (config.sizing()) {
            case Sizing.FractionOfEquity f -> sizing(sizing, "fraction_of_equity", "fraction", f.fraction());
            case Sizing.FixedQuantity f -> sizing(sizing, "fixed_quantity", "quantity", f.quantity());
            case Sizing.RiskPercent r -> sizing(sizing, "risk_percent", "risk_fraction", r.riskFraction());
            case Sizing.CappedKelly k -> sizing(sizing, "capped_kelly", "cap", k.cap());
        }
        m.put("sizing", sizing);
        m.put("allow_short", config.allowShort());
        return m;
    }

    private static void sizing(Map<String, Object> m, String type, String key, double value) {
        m.put("type", type);
        m.put(key, number(value));
    }

    static String compact(Object value) throws Exception {
        return EXACT.writeValueAsString(value);
    }

    static String pretty(Object value) throws Exception {
        return EXACT.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}

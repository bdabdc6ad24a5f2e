package dev.cryptotrader.trading.backtest.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cryptotrader.trading.backtest.BacktestConfig;
import dev.cryptotrader.trading.backtest.BacktestResult;
import dev.cryptotrader.trading.backtest.Sizing;
import dev.cryptotrader.trading.backtest.Trade;
import dev.cryptotrader.trading.backtest.metrics.MetricField;
import dev.cryptotrader.trading.execution.CostModel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A backtest as one JSON object (the shape of {@code backtest --json}, documented in docs/METRICS.md): what ran
 * (series, span, capital, costs, sizing), {@code metrics} under snake_case keys, {@code trades}, and optionally the
 * {@code equity} curve. Times are ISO-8601 UTC; an undefined number (NaN, ±∞) is {@code null}.
 */
public final class JsonExport {

    /**
     * @param equity include the equity curve (one object per bar)
     * @param pretty indent for people to read
     */
    public record Options(boolean equity, boolean pretty) {
        /** What {@code backtest --json} prints: no equity curve, one line. */
        public static final Options CLI = new Options(false, false);
        /** What a file export writes: everything, indented. */
        public static final Options FILE = new Options(true, true);
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonExport() {
    }

    public static String toJson(BacktestResult result, Options options) {
        StringWriter out = new StringWriter();
        try {
            write(result, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    public static void write(BacktestResult result, Options options, Writer out) throws IOException {
        try (JsonGenerator g = generator(options, out)) {
            result(g, result, options);
        }
    }

    /** Several results side by side: {@code {"results": [ … ]}}, each as {@link #write} gives it. */
    public static void writeAll(List<BacktestResult> results, Options options, Writer out) throws IOException {
        try (JsonGenerator g = generator(options, out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("results");
            for (BacktestResult result : results) {
                result(g, result, options);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static JsonGenerator generator(Options options, Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return options.pretty() ? g.useDefaultPrettyPrinter() : g;
    }

    private static void result(JsonGenerator g, BacktestResult r, Options options) throws IOException {
        int from = EquityRows.firstBar(r);
        double[] equity = r.equity();
        g.writeStartObject();
        g.writeStringField("label", r.label());
        g.writeStringField("series", r.tape().name());
        g.writeNumberField("bar_ms", r.tape().barMillis());
        if (equity.length > 0) {
            g.writeStringField("from", ExportValues.time(r.tape().openTime()[from]));
            g.writeStringField("to", ExportValues.time(r.tape().closeTime(from + equity.length - 1)));
        }
        g.writeNumberField("bars", equity.length);
        number(g, "initial_capital", r.config().capital());
        number(g, "final_equity", equity.length > 0 ? equity[equity.length - 1] : Double.NaN);
        config(g, r.config());
        metrics(g, r);
        g.writeArrayFieldStart("trades");
        for (Trade t : r.trades()) {
            trade(g, t);
        }
        g.writeEndArray();
        if (options.equity()) {
            g.writeArrayFieldStart("equity");
            EquityRows.forEach(r, (time, value, drawdown) -> {
                g.writeStartObject();
                g.writeStringField("time", ExportValues.time(time));
                number(g, "equity", value);
                number(g, "drawdown", drawdown);
                g.writeEndObject();
            });
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The backtest's own assumptions only (costs, sizing, shorting); never application settings or credentials. */
    private static void config(JsonGenerator g, BacktestConfig config) throws IOException {
        CostModel costs = config.costs();
        g.writeObjectFieldStart("costs");
        number(g, "maker_fee_bps", costs.makerFeeBps());
        number(g, "taker_fee_bps", costs.takerFeeBps());
        number(g, "spread_bps", costs.spreadBps());
        number(g, "slippage_bps", costs.slippageBps());
        g.writeEndObject();
        g.writeObjectFieldStart("sizing");
        switch (config.sizing()) {
            case Sizing.FractionOfEquity s -> sizing(g, "fraction_of_equity", "fraction", s.fraction());
            case Sizing.FixedQuantity s -> sizing(g, "fixed_quantity", "quantity", s.quantity());
            case Sizing.RiskPercent s -> sizing(g, "risk_percent", "risk_fraction", s.riskFraction());
            case Sizing.CappedKelly s -> sizing(g, "capped_kelly", "cap", s.cap());
        }
        g.writeEndObject();
        g.writeBooleanField("allow_short", config.allowShort());
    }

    private static void sizing(JsonGenerator g, String type, String key, double value) throws IOException {
        g.writeStringField("type", type);
        number(g, key, value);
    }

    private static void metrics(JsonGenerator g, BacktestResult r) throws IOException {
        g.writeObjectFieldStart("metrics");
        for (MetricField field : MetricField.values()) {
            double value = field.value(r.metrics());
            if (field.kind() == MetricField.Kind.COUNT) {
                g.writeNumberField(field.key(), (long) value);
            } else {
                number(g, field.key(), value);
            }
        }
        g.writeEndObject();
    }

    private static void trade(JsonGenerator g, Trade t) throws IOException {
        g.writeStartObject();
        for (TradeField field : TradeField.values()) {
            if (field.isText()) {
                g.writeStringField(field.key, field.text(t));
            } else if (field.isWhole()) {
                g.writeNumberField(field.key, (long) field.number(t));
            } else {
                number(g, field.key, field.number(t));
            }
        }
        g.writeEndObject();
    }

    /** A plain decimal, or null when undefined: JSON has no NaN or infinity. */
    private static void number(JsonGenerator g, String key, double value) throws IOException {
        g.writeFieldName(key);
        if (Double.isFinite(value)) {
            g.writeNumber(ExportValues.decimal(value)); // already a plain JSON number
        } else {
            g.writeNull();
        }
    }
}

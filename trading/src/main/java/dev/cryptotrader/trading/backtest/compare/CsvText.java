package dev.cryptotrader.trading.backtest.compare;

import dev.cryptotrader.trading.backtest.metrics.MetricField;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;

/** CSV spelling for comparisons, sweeps and walk-forwards, as the backtest exports use it: plain decimals, ISO-8601
 * UTC, quoted labels. */
final class CsvText {

    private CsvText() {
    }

    static void writeEquity(AlignedEquity aligned, Writer out) throws IOException {
        out.write("time");
        for (String label : aligned.labels()) {
            out.write(',');
            out.write(field(label));
        }
        out.write('\n');
        for (int k = 0; k < aligned.size(); k++) {
            out.write(time(aligned.times()[k]));
            for (int r = 0; r < aligned.labels().size(); r++) {
                out.write(',');
                out.write(decimal(aligned.equity(r)[k]));
            }
            out.write('\n');
        }
    }

    static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    static String number(MetricField metric, double v) {
        if (metric.kind() == MetricField.Kind.COUNT && Double.isFinite(v)) {
            return Long.toString(Math.round(v));
        }
        return decimal(v);
    }

    /** The shortest decimal that reads back as {@code x}, never with an exponent; empty when undefined. */
    static String decimal(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        String s = Double.toString(x);
        return s.indexOf('E') < 0 ? s : new BigDecimal(s).stripTrailingZeros().toPlainString();
    }

    /** Quoted when it holds a comma, a quote or a line break. */
    static String field(String text) {
        if (text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}

package dev.cryptotrader.trading.backtest.strategy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * How indicator columns and parameters are named: {@code sma(20)}, {@code bb_upper(20,2)}, the same spelling as the
 * JSON rule form's operands, so a chart or the lookahead check finds a column by the name a user wrote.
 */
final class Names {

    private Names() {
    }

    static String column(String kind, double... args) {
        StringJoiner joined = new StringJoiner(",", kind + "(", ")");
        for (double arg : args) {
            joined.add(number(arg));
        }
        return joined.toString();
    }

    /** {@code 20} for a whole number, {@code 2.5} otherwise. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** An unmodifiable map in the given order from {@code name, value, name, value, ...}. */
    static Map<String, Double> parameters(Object... nameValues) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Object value = nameValues[i + 1];
            double number = value instanceof Boolean flag ? (flag ? 1 : 0) : ((Number) value).doubleValue();
            out.put((String) nameValues[i], number);
        }
        return Collections.unmodifiableMap(out);
    }
}

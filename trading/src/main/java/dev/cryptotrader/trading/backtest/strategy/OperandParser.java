package dev.cryptotrader.trading.backtest.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an operand written as text: {@code close}, {@code sma(20)}, {@code bb_upper(20, 2)}, {@code 75}. Errors
 * say what was wrong with the text; the JSON reader puts the path in front.
 */
final class OperandParser {

    private static final Pattern CALL = Pattern.compile("([a-z_]+)\\s*(?:\\((.*)\\))?");
    private static final int MAX_PERIOD = 1_000_000;

    private OperandParser() {
    }

    static RuleOperand parse(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty operand: expected a price, an indicator like sma(20) or a"
                    + " number");
        }
        try {
            return new RuleOperand.Constant(finite(Double.parseDouble(trimmed), trimmed));
        } catch (NumberFormatException notANumber) {
            // an indicator or price, below
        }
        Matcher m = CALL.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown indicator '" + trimmed + "' (known: " + OperandKind.known()
                    + ")");
        }
        OperandKind kind = OperandKind.byId(m.group(1)).orElseThrow(() -> new IllegalArgumentException(
                "unknown indicator '" + trimmed + "' (known: " + OperandKind.known() + ")"));
        List<Double> args = arguments(m.group(2), trimmed);
        if (args.size() != kind.argumentNames().size()) {
            throw new IllegalArgumentException(kind.argumentNames().isEmpty()
                    ? kind.id() + " takes no arguments, got '" + trimmed + "'"
                    : kind.id() + " takes " + kind.argumentNames().size() + " argument"
                    + (kind.argumentNames().size() == 1 ? "" : "s") + " (" + String.join(", ", kind.argumentNames())
                    + "), got " + args.size() + " in '" + trimmed + "'");
        }
        check(kind, args, trimmed);
        return new RuleOperand.Series(kind, args);
    }

    private static List<Double> arguments(String inside, String text) {
        List<Double> args = new ArrayList<>();
        if (inside == null || inside.isBlank()) {
            return args;
        }
        for (String part : inside.split(",", -1)) {
            String arg = part.trim();
            try {
                args.add(finite(Double.parseDouble(arg), arg));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + arg + "' in '" + text + "' is not a number");
            }
        }
        return args;
    }

    private static void check(OperandKind kind, List<Double> args, String text) {
        for (int i = 0; i < args.size(); i++) {
            String name = kind.argumentNames().get(i);
            double value = args.get(i);
            if (name.equals("k")) {
                if (!(value > 0)) {
                    throw new IllegalArgumentException("k in '" + text + "' must be > 0, was " + Names.number(value));
                }
            } else if (value != Math.rint(value) || value < 1 || value > MAX_PERIOD) {
                throw new IllegalArgumentException(name + " in '" + text + "' must be a whole number from 1 to "
                        + MAX_PERIOD + ", was " + Names.number(value));
            }
        }
        if ((kind == OperandKind.MACD || kind == OperandKind.MACD_SIGNAL) && !(args.get(0) < args.get(1))) {
            throw new IllegalArgumentException("'" + text + "': fast (" + Names.number(args.get(0))
                    + ") must be less than slow (" + Names.number(args.get(1)) + ")");
        }
    }

    private static double finite(double value, String text) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new NumberFormatException(text);
        }
        return value;
    }
}

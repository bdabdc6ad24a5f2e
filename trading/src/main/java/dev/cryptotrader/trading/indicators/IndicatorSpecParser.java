package dev.cryptotrader.trading.indicators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text form of an {@link IndicatorSpec}. Input comes from hand-edited config files and a parameter field,
 * so every error names the problem and quotes the input.
 */
final class IndicatorSpecParser {

    private static final Pattern SHAPE = Pattern.compile("\\s*([A-Za-z]+)\\s*\\((.*)\\)\\s*");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    private static final String EXAMPLES = "e.g. sma(20), bb(20,2), macd(12,26,9)";

    private IndicatorSpecParser() {
    }

    static IndicatorSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("indicator spec is empty; expected name(parameters), " + EXAMPLES);
        }
        Matcher shape = SHAPE.matcher(text);
        if (!shape.matches()) {
            throw problem(text, "expected name(parameters), " + EXAMPLES);
        }
        String name = shape.group(1);
        IndicatorKind kind = IndicatorKind.fromTextName(name).orElseThrow(() -> problem(text,
                "unknown indicator '" + name + "'; known: " + IndicatorKind.knownTextNames()));
        List<String> args = splitArguments(shape.group(2));
        List<String> expected = kind.parameterNames();
        if (args.size() != expected.size()) {
            throw problem(text, kind.textName() + " takes " + expected.size()
                    + (expected.size() == 1 ? " parameter (" : " parameters (") + String.join(", ", expected)
                    + "), got " + args.size());
        }
        try {
            return build(kind, args, text);
        } catch (IllegalArgumentException e) {
            throw problem(text, e.getMessage()); // a range check from the spec itself, now with the input quoted
        }
    }

    private static IndicatorSpec build(IndicatorKind kind, List<String> args, String text) {
        return switch (kind) {
            case SMA -> new IndicatorSpec.Sma(whole(kind, 0, args, text));
            case EMA -> new IndicatorSpec.Ema(whole(kind, 0, args, text));
            case BOLLINGER -> new IndicatorSpec.Bollinger(whole(kind, 0, args, text), decimal(kind, 1, args, text));
            case RSI -> new IndicatorSpec.Rsi(whole(kind, 0, args, text));
            case MACD -> new IndicatorSpec.Macd(whole(kind, 0, args, text), whole(kind, 1, args, text),
                    whole(kind, 2, args, text));
            case STOCHASTIC -> new IndicatorSpec.Stochastic(whole(kind, 0, args, text), whole(kind, 1, args, text));
            case ATR -> new IndicatorSpec.Atr(whole(kind, 0, args, text));
        };
    }

    /** "()" holds no parameters; otherwise each comma separates one, blanks included, so "20," counts two. */
    private static List<String> splitArguments(String inside) {
        if (inside.isBlank()) {
            return List.of();
        }
        return List.of(inside.split(",", -1)).stream().map(String::strip).toList();
    }

    private static int whole(IndicatorKind kind, int position, List<String> args, String text) {
        String arg = args.get(position);
        if (!WHOLE.matcher(arg).matches()) {
            throw notA("a whole number", kind, position, arg, text);
        }
        BigInteger value = new BigInteger(arg);
        if (value.bitLength() > 31) { // too big for an int: say so here, the spec's own check could not see it
            throw problem(text, kind.parameterLabel(position) + " must be 1.." + IndicatorSpec.MAX_PERIOD
                    + ", was " + arg);
        }
        return value.intValue();
    }

    private static double decimal(IndicatorKind kind, int position, List<String> args, String text) {
        String arg = args.get(position);
        if (!DECIMAL.matcher(arg).matches()) {
            throw notA("a decimal number such as 2 or 2.5", kind, position, arg, text);
        }
        return new BigDecimal(arg).doubleValue();
    }

    private static IllegalArgumentException notA(String what, IndicatorKind kind, int position, String arg,
                                                 String text) {
        return problem(text, kind.parameterLabel(position) + " must be " + what
                + ", was '" + arg + "'");
    }

    private static IllegalArgumentException problem(String text, String message) {
        return new IllegalArgumentException(message + " (in '" + text.strip() + "')");
    }
}

package dev.cryptotrader.trading.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The indicators the workstation offers, with what a chart needs to place them: the pane, the horizontal reference
 * levels of a subpane, and the names of the lines it draws. Parameters live in {@link IndicatorSpec}.
 */
public enum IndicatorKind {
    SMA("sma", "SMA", "SMA", IndicatorPane.PRICE, List.of(), List.of("sma"), List.of("period")),
    EMA("ema", "EMA", "EMA", IndicatorPane.PRICE, List.of(), List.of("ema"), List.of("period")),
    BOLLINGER("bb", "BB", "Bollinger", IndicatorPane.PRICE, List.of(), List.of("middle", "upper", "lower"),
            List.of("period", "k")),
    RSI("rsi", "RSI", "RSI", IndicatorPane.SUBPANE, List.of(30.0, 70.0), List.of("rsi"), List.of("period")),
    MACD("macd", "MACD", "MACD", IndicatorPane.SUBPANE, List.of(0.0), List.of("macd", "signal", "histogram"),
            List.of("fast period", "slow period", "signal period")),
    STOCHASTIC("stoch", "Stoch", "Stochastic", IndicatorPane.SUBPANE, List.of(20.0, 80.0), List.of("%K", "%D"),
            List.of("%K period", "%D period")),
    ATR("atr", "ATR", "ATR", IndicatorPane.SUBPANE, List.of(), List.of("atr"), List.of("period"));

    private final String textName;
    private final String displayName;
    private final String fullName;
    private final IndicatorPane pane;
    private final List<Double> referenceLevels;
    private final List<String> lineNames;
    private final List<String> parameterNames;

    IndicatorKind(String textName, String displayName, String fullName, IndicatorPane pane,
                  List<Double> referenceLevels, List<String> lineNames, List<String> parameterNames) {
        this.textName = textName;
        this.displayName = displayName;
        this.fullName = fullName;
        this.pane = pane;
        this.referenceLevels = referenceLevels;
        this.lineNames = lineNames;
        this.parameterNames = parameterNames;
    }

    /** The name in the text form ({@code sma} in {@code sma(20)}); stable, since layouts persist it. */
    public String textName() {
        return textName;
    }

    /** The short name shown to the user ({@code SMA} in the label {@code SMA 20}). */
    public String displayName() {
        return displayName;
    }

    /** The name error messages use ({@code Bollinger} where the label says {@code BB}). */
    public String fullName() {
        return fullName;
    }

    public IndicatorPane pane() {
        return pane;
    }

    /** Horizontal guide lines of the subpane (RSI 30/70, Stochastic 20/80, MACD 0); empty when there are none. */
    public List<Double> referenceLevels() {
        return referenceLevels;
    }

    /** The lines an {@link IndicatorResult} of this kind holds, in that order. */
    public List<String> lineNames() {
        return lineNames;
    }

    /** The parameters in text-form order, named as error messages name them. */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** "Bollinger period", "MACD slow period": how messages name parameter {@code position}. */
    String parameterLabel(int position) {
        return fullName + " " + parameterNames.get(position);
    }

    /** The usual parameters, for toggling an indicator on before the user has edited anything. */
    public IndicatorSpec defaultSpec() {
        return switch (this) {
            case SMA -> new IndicatorSpec.Sma(20);
            case EMA -> new IndicatorSpec.Ema(20);
            case BOLLINGER -> new IndicatorSpec.Bollinger(20, 2);
            case RSI -> new IndicatorSpec.Rsi(14);
            case MACD -> new IndicatorSpec.Macd(12, 26, 9);
            case STOCHASTIC -> new IndicatorSpec.Stochastic(14, 3);
            case ATR -> new IndicatorSpec.Atr(14);
        };
    }

    /** The kind whose text name (or a long alias: {@code bollinger}, {@code stochastic}) is {@code name}. */
    public static Optional<IndicatorKind> fromTextName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (IndicatorKind kind : values()) {
            if (kind.textName.equals(key) || kind.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static String knownTextNames() {
        return Arrays.stream(values()).map(IndicatorKind::textName).collect(Collectors.joining(", "));
    }
}

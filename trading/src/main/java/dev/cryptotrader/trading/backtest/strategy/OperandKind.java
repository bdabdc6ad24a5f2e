package dev.cryptotrader.trading.backtest.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The prices and indicators the JSON rule form knows, with their argument names. */
public enum OperandKind {
    CLOSE("close"),
    OPEN("open"),
    HIGH("high"),
    LOW("low"),
    VOLUME("volume"),
    SMA("sma", "period"),
    EMA("ema", "period"),
    RSI("rsi", "period"),
    ATR("atr", "period"),
    BB_UPPER("bb_upper", "period", "k"),
    BB_LOWER("bb_lower", "period", "k"),
    BB_MIDDLE("bb_middle", "period"),
    MACD("macd", "fast", "slow"),
    MACD_SIGNAL("macd_signal", "fast", "slow", "signal"),
    /** Highest high of the n bars before the current one (a Donchian channel's top). */
    HIGHEST("highest", "bars"),
    /** Lowest low of the n bars before the current one. */
    LOWEST("lowest", "bars");

    private final String id;
    private final List<String> argumentNames;

    OperandKind(String id, String... argumentNames) {
        this.id = id;
        this.argumentNames = List.of(argumentNames);
    }

    public String id() {
        return id;
    }

    public List<String> argumentNames() {
        return argumentNames;
    }

    /** How a user writes it: {@code close}, {@code sma(period)}. */
    public String usage() {
        return argumentNames.isEmpty() ? id : id + "(" + String.join(",", argumentNames) + ")";
    }

    static Optional<OperandKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    static String known() {
        return String.join(", ", Arrays.stream(values()).map(OperandKind::usage).toList());
    }
}

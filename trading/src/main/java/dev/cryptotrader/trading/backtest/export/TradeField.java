package dev.cryptotrader.trading.backtest.export;

import dev.cryptotrader.trading.backtest.Trade;

/** The columns of an exported trade, in order, with their snake_case keys; shared by the CSV and the JSON. */
enum TradeField {
    ENTRY_TIME("entry_time"),
    EXIT_TIME("exit_time"),
    SIDE("side"),
    QTY("qty"),
    ENTRY_PRICE("entry_price"),
    EXIT_PRICE("exit_price"),
    FEES("fees"),
    PNL("pnl"),
    RETURN("return"),
    BARS_HELD("bars_held");

    final String key;

    TradeField(String key) {
        this.key = key;
    }

    /** Times and the side are text; every other field is a number, see {@link #number(Trade)}. */
    boolean isText() {
        return this == ENTRY_TIME || this == EXIT_TIME || this == SIDE;
    }

    boolean isWhole() {
        return this == BARS_HELD;
    }

    String text(Trade t) {
        return switch (this) {
            case ENTRY_TIME -> ExportValues.time(t.entryTime());
            case EXIT_TIME -> ExportValues.time(t.exitTime());
            case SIDE -> t.side().label();
            case BARS_HELD -> Integer.toString(t.barsHeld());
            default -> ExportValues.decimal(number(t));
        };
    }

    double number(Trade t) {
        return switch (this) {
            case QTY -> t.quantity();
            case ENTRY_PRICE -> t.entryPrice();
            case EXIT_PRICE -> t.exitPrice();
            case FEES -> t.fees();
            case PNL -> t.pnl();
            case RETURN -> t.returnOnEntry();
            case BARS_HELD -> t.barsHeld();
            case ENTRY_TIME, EXIT_TIME, SIDE -> throw new IllegalStateException(key + " is not a number");
        };
    }
}

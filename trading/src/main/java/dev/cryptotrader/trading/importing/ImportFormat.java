package dev.cryptotrader.trading.importing;

import java.util.Arrays;

/** The file layouts {@link CandleFileParser} reads. Each has a short name for the command line. */
public enum ImportFormat {
    /** Candles as CSV with a header: a time column plus open, high, low, close, volume. */
    CSV("csv"),
    /** ta4j's JSON: {@code {"candles":[{start,...}]}} or {@code {"name":..,"ohlc":[{endTime,...}]}}. */
    TA4J_JSON("ta4j-json"),
    /** A saved Bitfinex {@code /v2/candles/.../hist} response: rows {@code [MTS,OPEN,CLOSE,HIGH,LOW,VOLUME]}. */
    BITFINEX_KLINES("bitfinex"),
    /** A saved Binance {@code /api/v3/klines} response: 12-element rows. */
    BINANCE_KLINES("binance"),
    /** A saved KuCoin {@code /api/v1/market/candles} response: {@code {"code":"200000","data":[[...]]}}. */
    KUCOIN_KLINES("kucoin"),
    /** Trades as CSV ({@code timestamp,price,amount}), aggregated into candles of the requested timeframe. */
    TRADES_CSV("trades");

    private final String cliName;

    ImportFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Reads a CLI name ({@code ta4j-json}) or a constant name ({@code TA4J_JSON}), ignoring case. */
    public static ImportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("import format is empty; use one of " + names());
        }
        String t = text.trim();
        for (ImportFormat f : values()) {
            if (f.cliName.equalsIgnoreCase(t) || f.name().equalsIgnoreCase(t.replace('-', '_'))) {
                return f;
            }
        }
        throw new IllegalArgumentException("import format '" + text + "' is unknown; use one of " + names());
    }

    private static String names() {
        return Arrays.stream(values()).map(ImportFormat::cliName).toList().toString();
    }
}

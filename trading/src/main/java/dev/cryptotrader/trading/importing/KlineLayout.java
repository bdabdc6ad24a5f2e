package dev.cryptotrader.trading.importing;

/**
 * Where each field sits in an exchange's kline row. Note Bitfinex and KuCoin put close before high and low.
 * Times are read by magnitude (Bitfinex and Binance send milliseconds, KuCoin seconds as a string).
 */
enum KlineLayout {
    /** {@code [MTS, OPEN, CLOSE, HIGH, LOW, VOLUME]}. */
    BITFINEX(ImportFormat.BITFINEX_KLINES, "Bitfinex", 6, 0, 1, 3, 4, 2, 5, -1),
    /** {@code [openTime, open, high, low, close, volume, closeTime, quoteVolume, trades, takerBase, takerQuote, 0]}. */
    BINANCE(ImportFormat.BINANCE_KLINES, "Binance", 12, 0, 1, 2, 3, 4, 5, 6),
    /** {@code [time, open, close, high, low, volume, turnover]}. */
    KUCOIN(ImportFormat.KUCOIN_KLINES, "KuCoin", 7, 0, 1, 3, 4, 2, 5, -1);

    final ImportFormat format;
    final String exchange;
    final int size;
    final int time;
    final int open;
    final int high;
    final int low;
    final int close;
    final int volume;
    /** Binance only: the bar's last millisecond, which tells whether the timeframe is right. */
    final int closeTime;

    KlineLayout(ImportFormat format, String exchange, int size, int time, int open, int high, int low, int close,
                int volume, int closeTime) {
        this.format = format;
        this.exchange = exchange;
        this.size = size;
        this.time = time;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.closeTime = closeTime;
    }

    static KlineLayout forRowSize(int size) {
        for (KlineLayout layout : values()) {
            if (layout.size == size) {
                return layout;
            }
        }
        return null;
    }
}

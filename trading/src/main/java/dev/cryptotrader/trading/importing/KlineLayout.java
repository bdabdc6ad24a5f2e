package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Timeframe;

/**
 * Where each field sits in an exchange's kline row. Note Bitfinex and KuCoin put close before high and low.
 * Times are read by magnitude (Bitfinex and Binance send milliseconds, KuCoin seconds as a string).
 *
 * <p>Public because one row means the same whether it was saved to a file or arrives over REST: the importer and the
 * exchange adapters (trading.venue) read rows with the same {@link #toCandle}.
 */
public enum KlineLayout {
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

    /** How many elements one row of this venue has. */
    public int fieldCount() {
        return size;
    }

    /**
     * One row's cells (each JSON scalar's text, in the venue's order; {@code cells.length == fieldCount()}) as an exact
     * candle. Checks each value and, for Binance, that the close time ends the bar of {@code timeframe}; OHLC
     * consistency and alignment are the caller's checks ({@link Candle#problem()}).
     *
     * @throws RowProblem naming the column and the value that is wrong
     */
    public Candle toCandle(String[] cells, Timeframe timeframe) {
        long openTime = Values.epochMillis(cells[time], "time");
        if (closeTime >= 0) {
            long closes = Values.epochMillis(cells[closeTime], "close time");
            long expected = openTime + timeframe.millis() - 1;
            if (closes != expected) {
                throw new RowProblem("close time " + CandleCollector.instant(closes) + " does not end the "
                        + timeframe + " bar opened at " + CandleCollector.instant(openTime) + " (that ends at "
                        + CandleCollector.instant(expected) + "): is the timeframe right?");
            }
        }
        return new Candle(openTime, Values.decimal(cells[open], "open"), Values.decimal(cells[high], "high"),
                Values.decimal(cells[low], "low"), Values.decimal(cells[close], "close"),
                Values.decimal(cells[volume], "volume"));
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

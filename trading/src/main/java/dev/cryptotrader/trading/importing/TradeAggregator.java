package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Timeframe;

import java.math.BigDecimal;

/**
 * Folds time-ordered trades into candles: first, max, min and last price, summed amount, all in exact decimals.
 * A bucket without trades produces no candle (a gap), never an invented flat bar.
 */
final class TradeAggregator {

    private final Timeframe timeframe;
    private final CandleCollector out;
    private boolean open;
    private long bucket;
    private long firstLine;
    private BigDecimal first;
    private BigDecimal high;
    private BigDecimal low;
    private BigDecimal last;
    private BigDecimal amount;

    TradeAggregator(Timeframe timeframe, CandleCollector out) {
        this.timeframe = timeframe;
        this.out = out;
    }

    /** Adds a trade; the caller guarantees time order. */
    void add(long line, long time, BigDecimal price, BigDecimal size) {
        long start = timeframe.bucketStart(time);
        if (open && start == bucket) {
            high = high.max(price);
            low = low.min(price);
            last = price;
            amount = amount.add(size);
            return;
        }
        flush();
        open = true;
        bucket = start;
        firstLine = line;
        first = price;
        high = price;
        low = price;
        last = price;
        amount = size;
    }

    /** Emits the last bucket. */
    void finish() {
        flush();
        open = false;
    }

    private void flush() {
        if (open) {
            // A bar is reported at the line of its first trade.
            out.accept(firstLine, 0, new Candle(bucket, first, high, low, last, amount));
        }
    }
}

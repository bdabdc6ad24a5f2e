package dev.cryptotrader.trading.marketdata.live;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.marketdata.backfill.Backfill;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleFeed;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.CoverageLedger;

import java.util.Objects;

/**
 * Live candles of one venue into the store, for the CLI {@code stream} command and the chart. It wires the venue's
 * {@link LiveCandleFeed} to the {@link CandleStore}, and after every (re)subscription it catches up over REST with the
 * same {@link Backfill} the {@code backfill} command uses, from the last stored bar. So whatever the connection did,
 * the stored series has no gap the venue could fill and no bar twice (the store's upsert is keyed by open time).
 *
 * <p>Closed bars are stored, then handed to the listener; the forming bar only goes to the listener. The listener is
 * called from one thread per stream, in order; see {@link SeriesRecorder} for the details.
 */
public final class LiveCandleService {

    private final LiveCandleFeed feed;
    private final ExchangeMarketData history;
    private final CandleStore store;
    private final CoverageLedger ledger;
    private final Clock clock;
    private final Backoff catchUpRetry;

    /**
     * @param history      the same venue's REST adapter, for the catch-up
     * @param catchUpRetry delays between catch-up attempts while REST fails
     */
    public LiveCandleService(LiveCandleFeed feed, ExchangeMarketData history, CandleStore store, CoverageLedger ledger,
                             Clock clock, Backoff catchUpRetry) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.history = Objects.requireNonNull(history, "history");
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catchUpRetry = Objects.requireNonNull(catchUpRetry, "catchUpRetry");
        if (!feed.exchange().equals(history.exchange())) {
            throw new IllegalArgumentException("the live feed is " + feed.exchange() + " but the REST history is "
                    + history.exchange());
        }
    }

    /**
     * Starts streaming {@code key} and returns at once. Closing the returned subscription stops the feed, then waits
     * until the bars it delivered are stored.
     */
    public Subscription start(SeriesKey key, LiveCandleListener listener) {
        if (!key.exchange().equals(feed.exchange())) {
            throw new IllegalArgumentException("the " + feed.exchange() + " feed cannot stream series " + key);
        }
        SeriesRecorder recorder = new SeriesRecorder(key, new Backfill(history, store, ledger, clock), store, clock,
                catchUpRetry, Objects.requireNonNull(listener, "listener"));
        Subscription live = feed.subscribe(key.instrument(), key.timeframe(), recorder);
        return () -> {
            live.close();
            recorder.close();
        };
    }
}

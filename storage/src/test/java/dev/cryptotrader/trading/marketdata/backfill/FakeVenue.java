package dev.cryptotrader.trading.marketdata.backfill;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * An in-memory venue that pages through a fixed history the way the real adapters do: at most {@code maxBars} bars
 * per answer; a full page covers up to its last bar, a short one covers the whole request. Intervals missing from the
 * history are simply absent, as KuCoin leaves out intervals without trades. It records every request and can fail
 * on a chosen request. Tests subclass it for a venue that breaks the port contract.
 */
class FakeVenue implements ExchangeMarketData {

    static final Instrument BTC_USDT = Instrument.of("BTC", "USDT");

    private final Exchange exchange;
    private final CandleSeries history;
    private final int maxBars;
    private final List<TimeRange> requests = new ArrayList<>();
    private int failOnRequest = -1;

    FakeVenue(Exchange exchange, CandleSeries history, int maxBars) {
        this.exchange = exchange;
        this.history = history;
        this.maxBars = maxBars;
    }

    /** {@code count} one-minute slots from {@code t0}; slots for which {@code absent} holds have no bar. */
    static CandleSeries history(long t0, int count, long seed, IntPredicate absent) {
        Random random = new Random(seed);
        CandleSeries.Builder b = CandleSeries.builder(count, 2, 8);
        long price = 4_000_000 + random.nextInt(100_000);
        for (int i = 0; i < count; i++) {
            long open = price;
            long close = Math.max(100, open + (long) (random.nextGaussian() * 2_000));
            long high = Math.max(open, close) + random.nextInt(1_000);
            long low = Math.max(1, Math.min(open, close) - random.nextInt(1_000));
            long volume = (long) (Math.abs(random.nextGaussian()) * 5_000_000_000L);
            price = close;
            if (!absent.test(i)) {
                b.addMantissas(t0 + i * Timeframe.M1.millis(), open, high, low, close, volume);
            }
        }
        return b.build();
    }

    /** The {@code n}-th request (0-based) fails as if the venue were down. */
    FakeVenue failingOnRequest(int n) {
        this.failOnRequest = n;
        return this;
    }

    List<TimeRange> requests() {
        return List.copyOf(requests);
    }

    @Override
    public Exchange exchange() {
        return exchange;
    }

    @Override
    public int maxBarsPerRequest() {
        return maxBars;
    }

    @Override
    public synchronized HistoryPage fetchHistory(Instrument instrument, Timeframe timeframe, long from, long to) {
        requests.add(new TimeRange(from, to));
        if (requests.size() - 1 == failOnRequest) {
            throw new ExchangeException(exchange, ExchangeException.Kind.UNAVAILABLE, "HTTP 503 (fake outage)");
        }
        int first = history.indexAtOrAfter(from);
        int end = Math.min(history.indexAtOrAfter(to), first + maxBars);
        CandleSeries page = history.slice(first, end);
        boolean full = page.size() == maxBars;
        return new HistoryPage(page, from, full ? page.lastOpenTime() + timeframe.millis() : to);
    }

    @Override
    public List<InstrumentInfo> listInstruments() {
        return List.of(new InstrumentInfo(BTC_USDT, BTC_USDT.nativeSymbol(exchange), true));
    }

    @Override
    public Ticker fetchTicker(Instrument instrument) {
        throw new UnsupportedOperationException("not needed by the engine");
    }
}

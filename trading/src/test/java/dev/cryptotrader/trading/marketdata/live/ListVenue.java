package dev.cryptotrader.trading.marketdata.live;

import dev.cryptotrader.trading.domain.Candle;
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
import dev.cryptotrader.trading.port.Clock;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * REST history from a list, the way the adapters answer: closed bars only (by the clock), at most one page, and a
 * page covers its whole request. It can fail the next few requests like a venue that is down.
 */
final class ListVenue implements ExchangeMarketData {

    private final Exchange exchange;
    private final List<Candle> history;
    private final Clock clock;
    private final AtomicInteger failures = new AtomicInteger();
    final List<TimeRange> requests = new CopyOnWriteArrayList<>();

    ListVenue(Exchange exchange, List<Candle> history, Clock clock) {
        this.exchange = exchange;
        this.history = history;
        this.clock = clock;
    }

    void failNext(int count) {
        failures.set(count);
    }

    @Override
    public Exchange exchange() {
        return exchange;
    }

    @Override
    public int maxBarsPerRequest() {
        return 1000;
    }

    @Override
    public HistoryPage fetchHistory(Instrument instrument, Timeframe timeframe, long from, long to) {
        requests.add(new TimeRange(from, to));
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new ExchangeException(exchange, ExchangeException.Kind.UNAVAILABLE, "HTTP 503 (fake outage)");
        }
        long now = clock.nowMillis();
        List<Candle> page = history.stream()
                .filter(c -> c.openTime() >= from && c.openTime() < to && c.openTime() + timeframe.millis() <= now)
                .limit(maxBarsPerRequest()).toList();
        return new HistoryPage(CandleSeries.of(page), from, to);
    }

    @Override
    public List<InstrumentInfo> listInstruments() {
        return List.of();
    }

    @Override
    public Ticker fetchTicker(Instrument instrument) {
        throw new UnsupportedOperationException();
    }
}

package dev.cryptotrader.trading.marketdata.exchange;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;

import java.util.List;

/**
 * One venue's public market data, the port every exchange adapter implements. Each adapter follows the same
 * template (see docs/ADDING_AN_EXCHANGE.md): a raw client that returns the venue's own DTOs, and a mapper to our
 * domain. The engine (backfill, gap repair) only ever sees this interface.
 *
 * <p>Contract, checked for every adapter by one shared contract test:
 * <ul>
 *   <li>{@link #fetchHistory} returns closed candles only, ascending, every open time inside the requested range and
 *   aligned to the timeframe, at most {@link #maxBarsPerRequest()} of them. A bar outside the range is a bad
 *   response, never silently stored.</li>
 *   <li>Failures are {@link ExchangeException}s that say what was wrong; a rate-limit response is retried after the
 *   venue's {@code Retry-After} before it becomes an exception.</li>
 *   <li>Methods are safe to call from several threads.</li>
 * </ul>
 */
public interface ExchangeMarketData {

    Exchange exchange();

    /** The most candles one history request may return (Bitfinex 10,000, Binance 1,000, KuCoin 1,500). */
    int maxBarsPerRequest();

    /** One request's worth of closed candles whose open time lies in {@code [from, to)}, oldest first. */
    HistoryPage fetchHistory(Instrument instrument, Timeframe timeframe, long from, long to);

    /** The instruments the venue lists for spot trading, for symbol search. */
    List<InstrumentInfo> listInstruments();

    Ticker fetchTicker(Instrument instrument);
}

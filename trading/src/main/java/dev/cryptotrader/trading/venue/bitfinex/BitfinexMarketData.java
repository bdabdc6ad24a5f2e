package dev.cryptotrader.trading.venue.bitfinex;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.venue.HistoryPages;
import dev.cryptotrader.trading.venue.HistoryWindow;
import dev.cryptotrader.trading.venue.KlinePageReader;
import dev.cryptotrader.trading.venue.RateLimitUsage;
import dev.cryptotrader.trading.venue.RateLimited;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.http.HttpResult;
import dev.cryptotrader.trading.venue.http.RetryAfter;
import dev.cryptotrader.trading.venue.http.VenueHttp;

import java.util.List;
import java.util.Optional;

/** Bitfinex market data over the public v2 REST API: candles, the exchange pair list and the ticker. */
public final class BitfinexMarketData implements ExchangeMarketData, RateLimited {

    public static final String DEFAULT_REST_URL = "https://api-pub.bitfinex.com";
    public static final String DEFAULT_WS_URL = "wss://api-pub.bitfinex.com/ws/2";
    /** The candles endpoint's documented maximum {@code limit}. */
    public static final int MAX_BARS_PER_REQUEST = 10_000;

    private final BitfinexRateLimits limits = new BitfinexRateLimits();
    private final VenueHttp http;
    private final BitfinexRawClient raw;
    private final Clock clock;
    private final int barsPerRequest;
    private final VenueConfig config;

    public BitfinexMarketData(VenueConfig config) {
        this.http = new VenueHttp(Exchange.BITFINEX, config, DEFAULT_REST_URL,
                RetryAfter.headerOr(BitfinexRateLimits.BLOCK), headers -> { });
        this.raw = new BitfinexRawClient(http, limits);
        this.clock = config.clock();
        this.barsPerRequest = config.barsPerRequest(MAX_BARS_PER_REQUEST);
        this.config = config;
    }

    @Override
    public Exchange exchange() {
        return Exchange.BITFINEX;
    }

    @Override
    public int maxBarsPerRequest() {
        return barsPerRequest;
    }

    @Override
    public HistoryPage fetchHistory(Instrument instrument, Timeframe timeframe, long from, long to) {
        HistoryWindow window = HistoryWindow.of(timeframe, from, to, barsPerRequest);
        if (window.isEmpty()) {
            return HistoryPages.nothingToFetch(window);
        }
        // Bitfinex's end is inclusive: ask up to the last millisecond before the window's end.
        HttpResult answer = raw.candlesAnswer(BitfinexMapper.timeframeKey(timeframe), symbol(instrument),
                window.firstOpen(), window.endInclusive(), window.bars());
        long now = clock.nowMillis();
        HistoryPage page = KlinePageReader.read(window, KlinePageReader.Shape.BITFINEX, answer, now);
        if (page != null) {
            return page;
        }
        // Not a plain page: the general reader gives the same page, or the error that names what is wrong.
        return http.map(raw.candles(answer), rows -> HistoryPages.assemble(window,
                BitfinexMapper.candles(rows, timeframe), now));
    }

    @Override
    public List<InstrumentInfo> listInstruments() {
        return raw.exchangePairs().body().stream().map(BitfinexMapper::instrument).flatMap(Optional::stream).toList();
    }

    @Override
    public Ticker fetchTicker(Instrument instrument) {
        return http.map(raw.ticker(symbol(instrument)), t -> BitfinexMapper.ticker(instrument, t));
    }

    /** The user's spelling from the config file wins over the default mapping. */
    private String symbol(Instrument instrument) {
        return config.symbolFor(instrument, BitfinexMapper::symbol);
    }

    @Override
    public List<RateLimitUsage> rateLimitUsage() {
        return limits.usage();
    }
}

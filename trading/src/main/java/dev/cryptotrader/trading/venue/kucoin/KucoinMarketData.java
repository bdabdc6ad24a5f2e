package dev.cryptotrader.trading.venue.kucoin;

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
import dev.cryptotrader.trading.venue.http.VenueHttp;

import java.util.List;
import java.util.Optional;

/**
 * KuCoin spot market data over REST: candles, symbols and 24 h stats. Intervals without trades are absent from
 * KuCoin's candles; the page still covers them, so gap repair records them as confirmed empty.
 */
public final class KucoinMarketData implements ExchangeMarketData, RateLimited {

    public static final String DEFAULT_REST_URL = "https://api.kucoin.com";
    /** KuCoin hands out the WebSocket endpoint with the token ({@code POST /api/v1/bullet-public}); the usual one. */
    public static final String DEFAULT_WS_URL = "wss://ws-api-spot.kucoin.com";
    /** The most candles one KuCoin answer holds. */
    public static final int MAX_BARS_PER_REQUEST = 1500;

    private final KucoinRateLimits limits = new KucoinRateLimits();
    private final VenueHttp http;
    private final KucoinRawClient raw;
    private final Clock clock;
    private final int barsPerRequest;
    private final VenueConfig config;

    public KucoinMarketData(VenueConfig config) {
        this.http = new VenueHttp(Exchange.KUCOIN, config, DEFAULT_REST_URL, KucoinRateLimits.retryAfter(),
                limits::observe);
        this.raw = new KucoinRawClient(http, limits);
        this.clock = config.clock();
        this.barsPerRequest = config.barsPerRequest(MAX_BARS_PER_REQUEST);
        this.config = config;
    }

    @Override
    public Exchange exchange() {
        return Exchange.KUCOIN;
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
        // Seconds, and an end one second before the window's end: whether KuCoin's endAt is inclusive or not, the bar
        // opening at the window's end is never asked for.
        long startAt = Math.ceilDiv(window.firstOpen(), 1000L);
        long endAt = Math.floorDiv(window.endInclusive(), 1000L);
        HttpResult answer = raw.candlesAnswer(symbol(instrument), KucoinMapper.type(timeframe), startAt, endAt);
        long now = clock.nowMillis();
        HistoryPage page = KlinePageReader.read(window, KlinePageReader.Shape.KUCOIN, answer, now);
        if (page != null) {
            return page;
        }
        // Not a plain page: the general reader gives the same page, or the error that names what is wrong.
        return http.map(raw.candles(answer), rows -> HistoryPages.assemble(window,
                KucoinMapper.candles(rows, timeframe), now));
    }

    @Override
    public List<InstrumentInfo> listInstruments() {
        return raw.symbols().body().stream().map(KucoinMapper::instrument).flatMap(Optional::stream).toList();
    }

    @Override
    public Ticker fetchTicker(Instrument instrument) {
        return http.map(raw.stats(symbol(instrument)), s -> KucoinMapper.ticker(instrument, s));
    }

    /** The user's spelling from the config file wins over the default mapping. */
    private String symbol(Instrument instrument) {
        return config.symbolFor(instrument, KucoinMapper::symbol);
    }

    /** The raw calls, sharing this adapter's budget, for the live feed's token request. */
    KucoinRawClient raw() {
        return raw;
    }

    @Override
    public List<RateLimitUsage> rateLimitUsage() {
        return limits.usage();
    }
}

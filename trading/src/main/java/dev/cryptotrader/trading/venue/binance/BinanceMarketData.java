package dev.cryptotrader.trading.venue.binance;

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

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Binance spot market data over REST: {@code /api/v3/klines}, {@code exchangeInfo} and the 24 h ticker. */
public final class BinanceMarketData implements ExchangeMarketData, RateLimited {

    public static final String DEFAULT_REST_URL = "https://api.binance.com";
    public static final String DEFAULT_WS_URL = "wss://stream.binance.com:9443";
    /** The klines endpoint's documented maximum {@code limit}. */
    public static final int MAX_BARS_PER_REQUEST = 1000;

    private final BinanceRateLimits limits = new BinanceRateLimits();
    private final VenueHttp http;
    private final BinanceRawClient raw;
    private final Clock clock;
    private final int barsPerRequest;
    private final VenueConfig config;

    public BinanceMarketData(VenueConfig config) {
        // Binance always sends Retry-After with 429/418; the fallback only covers a proxy that drops it.
        this.http = new VenueHttp(Exchange.BINANCE, config, DEFAULT_REST_URL,
                RetryAfter.headerOr(Duration.ofSeconds(1)), limits::observe);
        this.raw = new BinanceRawClient(http, limits);
        this.clock = config.clock();
        this.barsPerRequest = config.barsPerRequest(MAX_BARS_PER_REQUEST);
        this.config = config;
    }

    @Override
    public Exchange exchange() {
        return Exchange.BINANCE;
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
        HttpResult answer = raw.klinesAnswer(symbol(instrument), BinanceMapper.interval(timeframe),
                window.firstOpen(), window.endInclusive(), window.bars());
        long now = clock.nowMillis();
        HistoryPage page = KlinePageReader.read(window, KlinePageReader.Shape.BINANCE, answer, now);
        if (page != null) {
            return page;
        }
        // Not a plain page: the general reader gives the same page, or the error that names what is wrong.
        return http.map(raw.klines(answer), rows -> HistoryPages.assemble(window,
                BinanceMapper.candles(rows, timeframe), now));
    }

    @Override
    public List<InstrumentInfo> listInstruments() {
        return raw.exchangeInfo().body().stream().map(BinanceMapper::instrument).flatMap(Optional::stream).toList();
    }

    @Override
    public Ticker fetchTicker(Instrument instrument) {
        return http.map(raw.ticker24hr(symbol(instrument)), t -> BinanceMapper.ticker(instrument, t));
    }

    /** The user's spelling from the config file wins over the default mapping. */
    private String symbol(Instrument instrument) {
        return config.symbolFor(instrument, BinanceMapper::symbol);
    }

    @Override
    public List<RateLimitUsage> rateLimitUsage() {
        return limits.usage();
    }
}

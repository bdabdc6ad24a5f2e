package dev.cryptotrader.trading.venue.binance;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.HistoryPage;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;
import dev.cryptotrader.trading.venue.ExchangeMarketDataContract;
import dev.cryptotrader.trading.venue.RateLimitUsage;
import dev.cryptotrader.trading.venue.RateLimited;
import dev.cryptotrader.trading.venue.SyntheticCandles;
import dev.cryptotrader.trading.venue.VenueFixtures;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cryptotrader.trading.venue.SyntheticCandles.T0;
import static dev.cryptotrader.trading.venue.SyntheticCandles.TF;
import static dev.cryptotrader.trading.venue.SyntheticCandles.bar;
import static org.assertj.core.api.Assertions.assertThat;

class BinanceMarketDataTest extends ExchangeMarketDataContract {

    @Override
    protected Exchange exchange() {
        return Exchange.BINANCE;
    }

    @Override
    protected Recorded recordedCandles() {
        // ccxt asked from 1706628191000 (inside a bar); the first whole hour after it is 1706630400000.
        return new Recorded("binance/api_v3_klines_BTCUSDT_1h_startTime1706628191000_limit3.json", BTC_USDT,
                Timeframe.H1, 1_706_628_191_000L, 1_706_641_200_000L, List.of(
                candle(1_706_630_400_000L, "43519.34", "43936.00", "43171.00", "43488.71", "20.55495"),
                candle(1_706_634_000_000L, "43488.71", "43832.08", "43084.00", "43374.80", "21.80865"),
                candle(1_706_637_600_000L, "43374.81", "44048.00", "43062.00", "43361.11", "23.66547")));
    }

    @Override
    protected String row(Candle c) {
        return row(c, Long.toString(c.openTime()), Long.toString(c.openTime() + TF.millis() - 1));
    }

    // [openTime, open, high, low, close, volume, closeTime, quoteVolume, trades, takerBase, takerQuote, ignore]
    private static String row(Candle c, String openTime, String closeTime) {
        return "[" + openTime + ",\"" + c.open().toPlainString() + "\",\"" + c.high().toPlainString() + "\",\""
                + c.low().toPlainString() + "\",\"" + c.close().toPlainString() + "\",\"" + c.volume().toPlainString()
                + "\"," + closeTime + ",\"51852.41\",1234,\"0.6\",\"25200.1\",\"0\"]";
    }

    @Override
    protected String page(List<String> rowsOldestFirst) {
        return SyntheticCandles.join(rowsOldestFirst);
    }

    @Override
    protected void assertHistoryRequest(RecordedRequest request, Instrument instrument, Timeframe timeframe,
                                        long firstOpen, long end, int bars) {
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v3/klines");
        assertThat(request.getUrl().queryParameter("symbol")).isEqualTo("BTCUSDT");
        assertThat(request.getUrl().queryParameter("interval")).isEqualTo(BinanceMapper.interval(timeframe));
        assertThat(request.getUrl().queryParameter("startTime")).isEqualTo(Long.toString(firstOpen));
        assertThat(request.getUrl().queryParameter("endTime")).as("inclusive").isEqualTo(Long.toString(end - 1));
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo(Integer.toString(bars));
    }

    @Override
    protected MockResponse venueError() {
        return json(400, VenueFixtures.read("binance/DOCEX_error_-1121.json"));
    }

    @Override
    protected String venueErrorShows() {
        return "Binance error -1121: Invalid symbol. (HTTP 400)";
    }

    @Override
    protected String instrumentsBody() {
        // Shape of GET /api/v3/exchangeInfo (binance-spot-api-docs rest-api.md, "Exchange information"), cut down.
        return """
                {"timezone":"UTC","serverTime":1565246363776,
                 "rateLimits":[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000}],
                 "exchangeFilters":[],
                 "symbols":[
                  {"symbol":"ETHBTC","status":"TRADING","baseAsset":"ETH","baseAssetPrecision":8,
                   "quoteAsset":"BTC","quotePrecision":8,"quoteAssetPrecision":8,"orderTypes":["LIMIT","MARKET"],
                   "isSpotTradingAllowed":true,"filters":[]},
                  {"symbol":"BTCUSDT","status":"BREAK","baseAsset":"BTC","baseAssetPrecision":8,
                   "quoteAsset":"USDT","quotePrecision":8,"quoteAssetPrecision":8,"orderTypes":["LIMIT"],
                   "isSpotTradingAllowed":true,"filters":[]}]}""";
    }

    @Override
    protected List<InstrumentInfo> instrumentsExpected() {
        return List.of(new InstrumentInfo(Instrument.of("ETH", "BTC"), "ETHBTC", true),
                new InstrumentInfo(BTC_USDT, "BTCUSDT", false));
    }

    @Override
    protected String tickerFixture() {
        return "binance/api_v3_ticker_24hr_BTCUSDT.json";
    }

    @Override
    protected String tickerPathAndQuery() {
        return "/api/v3/ticker/24hr?symbol=BTCUSDT";
    }

    @Override
    protected Ticker tickerExpected() {
        return new Ticker(BTC_USDT, d("73369.83"), d("73369.84"), d("73369.84"), d("72140.348628"));
    }

    @Test
    void usageFollowsTheUsedWeightBinanceReports() {
        ExchangeMarketData md = adapter(config());
        server.enqueue(json(200, rows(List.of(bar(0)))).newBuilder().setHeader("X-MBX-USED-WEIGHT-1M", "4500").build());
        md.fetchHistory(BTC_USDT, TF, T0, T0 + TF.millis());
        RateLimitUsage usage = ((RateLimited) md).rateLimitUsage().getFirst();
        assertThat(usage.used()).isEqualTo(4500);
        assertThat(usage.limit()).isEqualTo(6000);
        assertThat(usage.fraction()).isEqualTo(0.75);
        assertThat(usage.level()).isEqualTo(RateLimitUsage.Level.WARNING);

        server.enqueue(json(200, rows(List.of(bar(0)))).newBuilder().setHeader("X-MBX-USED-WEIGHT-1M", "5500").build());
        md.fetchHistory(BTC_USDT, TF, T0, T0 + TF.millis());
        usage = ((RateLimited) md).rateLimitUsage().getFirst();
        assertThat(usage.used()).isEqualTo(5500);
        assertThat(usage.level()).isEqualTo(RateLimitUsage.Level.CRITICAL);
    }

    @Test
    void integersMayComeAsStringsTheWayCcxtRecordedThem() {
        Candle c = bar(0);
        server.enqueue(json(200, "[" + row(c, "\"" + c.openTime() + "\"", "\"" + (c.openTime() + TF.millis() - 1)
                + "\"") + "]"));
        HistoryPage page = adapter(config()).fetchHistory(BTC_USDT, TF, T0, T0 + TF.millis());
        assertSameCandles(page.candles().toCandles(), List.of(c));
    }

    @Test
    void theDocumentedWeeklyExampleMapsToAMondayBar() {
        server.enqueue(json(200, VenueFixtures.read("binance/DOCEX_api_v3_klines.json")));
        long monday = 1_499_040_000_000L; // 2017-07-03T00:00Z
        HistoryPage page = adapter(config()).fetchHistory(Instrument.of("LTC", "BTC"), Timeframe.W1, monday,
                monday + Timeframe.W1.millis());
        assertSameCandles(page.candles().toCandles(),
                List.of(candle(monday, "0.01634790", "0.80000000", "0.01575800", "0.01577100", "148976.11427815")));
    }
}

package dev.cryptotrader.trading.venue.kucoin;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException.Kind;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;
import dev.cryptotrader.trading.venue.ExchangeMarketDataContract;
import dev.cryptotrader.trading.venue.RateLimitUsage;
import dev.cryptotrader.trading.venue.RateLimited;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static dev.cryptotrader.trading.venue.SyntheticCandles.T0;
import static dev.cryptotrader.trading.venue.SyntheticCandles.TF;
import static dev.cryptotrader.trading.venue.SyntheticCandles.bar;
import static org.assertj.core.api.Assertions.assertThat;

class KucoinMarketDataTest extends ExchangeMarketDataContract {

    @Override
    protected Exchange exchange() {
        return Exchange.KUCOIN;
    }

    @Override
    protected Recorded recordedCandles() {
        // The recording is newest first, with close before high; the same hours as the Binance recording.
        return new Recorded("kucoin/api_v1_market_candles_BTC-USDT_1hour.json", BTC_USDT, Timeframe.H1,
                1_706_628_191_000L, 1_706_641_200_000L, List.of(
                candle(1_706_630_400_000L, "43383.7", "43521.9", "43222.8", "43501", "101.30420492"),
                candle(1_706_634_000_000L, "43501.1", "43598.9", "43305.2", "43396.4", "101.11170513"),
                candle(1_706_637_600_000L, "43396.4", "43491.9", "43285.2", "43369.4", "135.02905655")));
    }

    @Override
    protected String row(Candle c) {
        // [time (s), open, close, high, low, volume, turnover], all strings.
        return "[\"" + c.openTime() / 1000 + "\",\"" + c.open().toPlainString() + "\",\"" + c.close().toPlainString()
                + "\",\"" + c.high().toPlainString() + "\",\"" + c.low().toPlainString() + "\",\""
                + c.volume().toPlainString() + "\",\"51852.41\"]";
    }

    @Override
    protected String page(List<String> rowsOldestFirst) {
        List<String> newestFirst = rowsOldestFirst.reversed();
        return newestFirst.stream().collect(Collectors.joining(",", "{\"code\":\"200000\",\"data\":[", "]}"));
    }

    @Override
    protected void assertHistoryRequest(RecordedRequest request, Instrument instrument, Timeframe timeframe,
                                        long firstOpen, long end, int bars) {
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/market/candles");
        assertThat(request.getUrl().queryParameter("type")).isEqualTo(KucoinMapper.type(timeframe));
        assertThat(request.getUrl().queryParameter("symbol")).isEqualTo("BTC-USDT");
        assertThat(request.getUrl().queryParameter("startAt")).as("seconds").isEqualTo(Long.toString(firstOpen / 1000));
        assertThat(request.getUrl().queryParameter("endAt")).as("seconds, before the next window")
                .isEqualTo(Long.toString(end / 1000 - 1));
        assertThat(request.getUrl().queryParameter("limit")).as("KuCoin takes no limit").isNull();
    }

    @Override
    protected MockResponse venueError() {
        return json(200, "{\"code\":\"400100\",\"msg\":\"This pair is not provided at present\"}");
    }

    @Override
    protected String venueErrorShows() {
        return "KuCoin error 400100: This pair is not provided at present (HTTP 200)";
    }

    @Override
    protected String instrumentsBody() {
        // Shape of GET /api/v2/symbols (kucoin.com/docs-new, Spot Trading > Market Data > Get All Symbols), cut down.
        return """
                {"code":"200000","data":[
                 {"symbol":"BTC-USDT","name":"BTC-USDT","baseCurrency":"BTC","quoteCurrency":"USDT",
                  "feeCurrency":"USDT","market":"USDS","baseMinSize":"0.00001","quoteMinSize":"0.1",
                  "baseIncrement":"0.00000001","quoteIncrement":"0.000001","priceIncrement":"0.1",
                  "enableTrading":true,"isMarginEnabled":true},
                 {"symbol":"XYZ-BTC","name":"XYZ-BTC","baseCurrency":"XYZ","quoteCurrency":"BTC",
                  "feeCurrency":"BTC","market":"BTC","enableTrading":false,"isMarginEnabled":false}]}""";
    }

    @Override
    protected List<InstrumentInfo> instrumentsExpected() {
        return List.of(new InstrumentInfo(BTC_USDT, "BTC-USDT", true),
                new InstrumentInfo(Instrument.of("XYZ", "BTC"), "XYZ-BTC", false));
    }

    @Override
    protected String tickerFixture() {
        return "kucoin/api_v1_market_stats_BTC-USDT.json";
    }

    @Override
    protected String tickerPathAndQuery() {
        return "/api/v1/market/stats?symbol=BTC-USDT";
    }

    @Override
    protected Ticker tickerExpected() {
        return new Ticker(BTC_USDT, d("67399.9"), d("67400"), d("67400"), d("6442.17728633"));
    }

    @Test
    void usageFollowsThePoolHeadersKucoinSends() {
        ExchangeMarketData md = adapter(config());
        server.enqueue(json(200, rows(List.of(bar(0)))).newBuilder().setHeader("gw-ratelimit-limit", "2000")
                .setHeader("gw-ratelimit-remaining", "500").setHeader("gw-ratelimit-reset", "12000").build());
        md.fetchHistory(BTC_USDT, TF, T0, T0 + TF.millis());
        RateLimitUsage usage = ((RateLimited) md).rateLimitUsage().getFirst();
        assertThat(usage.used()).isEqualTo(1500);
        assertThat(usage.level()).isEqualTo(RateLimitUsage.Level.WARNING);
    }

    @Test
    void emptyStatsMeanAnUnknownSymbol() {
        server.enqueue(json(200, "{\"code\":\"200000\",\"data\":{\"time\":1709897710012,\"symbol\":\"NOPE-USDT\","
                + "\"buy\":null,\"sell\":null,\"last\":null,\"vol\":null}}"));
        expect(() -> adapter(config()).fetchTicker(Instrument.of("NOPE", "USDT")), Kind.BAD_RESPONSE,
                "KuCoin does not list that symbol");
    }
}

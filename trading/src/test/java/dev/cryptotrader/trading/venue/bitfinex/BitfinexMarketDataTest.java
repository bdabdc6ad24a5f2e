package dev.cryptotrader.trading.venue.bitfinex;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException.Kind;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;
import dev.cryptotrader.trading.venue.ExchangeMarketDataContract;
import dev.cryptotrader.trading.venue.SyntheticCandles;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BitfinexMarketDataTest extends ExchangeMarketDataContract {

    @Override
    protected Exchange exchange() {
        return Exchange.BITFINEX;
    }

    @Override
    protected Recorded recordedCandles() {
        long t = 1_552_298_400_000L; // 2019-03-11T10:00Z, recorded by ccxt for tBTCUST (Bitfinex's USDT is UST)
        return new Recorded("bitfinex/v2_candles_trade_1h_tBTCUST_hist_limit1.json", BTC_USDT, Timeframe.H1, t,
                t + 3_600_000L, List.of(candle(t, "3870.1", "3890", "3870.1", "3890", "0.05")));
    }

    @Override
    protected String row(Candle c) {
        // [MTS, OPEN, CLOSE, HIGH, LOW, VOLUME] as JSON numbers, like the recording.
        return "[" + c.openTime() + "," + c.open().toPlainString() + "," + c.close().toPlainString() + ","
                + c.high().toPlainString() + "," + c.low().toPlainString() + "," + c.volume().toPlainString() + "]";
    }

    @Override
    protected String page(List<String> rowsOldestFirst) {
        return SyntheticCandles.join(rowsOldestFirst); // sort=1: oldest first
    }

    @Override
    protected void assertHistoryRequest(RecordedRequest request, Instrument instrument, Timeframe timeframe,
                                        long firstOpen, long end, int bars) {
        assertThat(request.getUrl().encodedPath())
                .isEqualTo("/v2/candles/trade:" + BitfinexMapper.timeframeKey(timeframe) + ":tBTCUST/hist");
        assertThat(request.getUrl().queryParameter("sort")).isEqualTo("1");
        assertThat(request.getUrl().queryParameter("start")).isEqualTo(Long.toString(firstOpen));
        assertThat(request.getUrl().queryParameter("end")).as("inclusive").isEqualTo(Long.toString(end - 1));
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo(Integer.toString(bars));
    }

    @Override
    protected MockResponse venueError() {
        return json(500, "[\"error\",10020,\"limit: invalid\"]");
    }

    @Override
    protected String venueErrorShows() {
        return "Bitfinex error 10020: limit: invalid (HTTP 500)";
    }

    @Override
    protected String instrumentsBody() {
        // Shape of GET /v2/conf/pub:list:pair:exchange, docs.bitfinex.com/reference/rest-public-conf.
        return "[[\"BTCUSD\",\"ETHUSD\",\"BTCUST\",\"TESTBTC:TESTUSD\"]]";
    }

    @Override
    protected List<InstrumentInfo> instrumentsExpected() {
        return List.of(new InstrumentInfo(Instrument.of("BTC", "USD"), "tBTCUSD", true),
                new InstrumentInfo(BTC_USDT, "tBTCUST", true),
                new InstrumentInfo(Instrument.of("TESTBTC", "TESTUSD"), "tTESTBTC:TESTUSD", true));
    }

    @Override
    protected String tickerFixture() {
        return "bitfinex/v2_ticker_tBTCUST.json";
    }

    @Override
    protected String tickerPathAndQuery() {
        return "/v2/ticker/tBTCUST";
    }

    @Override
    protected Ticker tickerExpected() {
        return new Ticker(BTC_USDT, d("73350"), d("73351"), d("73350"), d("2638.4314844"));
    }

    @Test
    void errRateLimitInTheBodyIsRateLimited() {
        server.enqueue(json(200, "{\"error\":\"ERR_RATE_LIMIT\"}"));
        expect(() -> adapter(config()).fetchTicker(BTC_USDT), Kind.RATE_LIMITED, "ERR_RATE_LIMIT");
    }

    @Test
    void aTickerWithTheWrongFieldCountIsRefused() {
        server.enqueue(json(200, "[73350,2.5,73351,6.3,1003,0.01,73350,2638.4,73583]"));
        expect(() -> adapter(config()).fetchTicker(BTC_USDT), Kind.BAD_RESPONSE, "has 10 fields, this one has 9");
    }
}

package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static dev.cryptotrader.trading.importing.ImportTestSupport.parse;
import static dev.cryptotrader.trading.importing.ImportTestSupport.sharedFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Saved exchange responses (real recordings in ../shared/fixtures/exchange) and their field orders. */
class ExchangeKlineImportTest {

    private final CandleFileParser parser = new CandleFileParser();

    private ParsedCandles parseFixture(String relative, Timeframe timeframe) {
        return parser.parse(sharedFile("fixtures/exchange/" + relative), timeframe, Optional.empty(), OnError.FAIL);
    }

    @Test
    void bitfinexRowPutsCloseBeforeHighAndLow() {
        // [1552298400000, 3870.1, 3890, 3890, 3870.1, 0.05] = [MTS, OPEN, CLOSE, HIGH, LOW, VOLUME]
        ParsedCandles parsed = parseFixture("bitfinex/v2_candles_trade_1h_tBTCUST_hist_limit1.json", Timeframe.H1);

        assertThat(parsed.format()).isEqualTo(ImportFormat.BITFINEX_KLINES);
        assertThat(parsed.candles().size()).isEqualTo(1);
        assertBar(parsed.candles().candle(0), 1_552_298_400_000L, "3870.1", "3890", "3870.1", "3890", "0.05");
    }

    @Test
    void binanceRowsAreReadExactlyFromStrings() {
        ParsedCandles parsed = parseFixture("binance/api_v3_klines_BTCUSDT_1h_startTime1706628191000_limit3.json",
                Timeframe.H1);

        assertThat(parsed.format()).isEqualTo(ImportFormat.BINANCE_KLINES);
        assertThat(parsed.candles().size()).isEqualTo(3);
        assertBar(parsed.candles().candle(0), 1_706_630_400_000L, "43519.34", "43936", "43171", "43488.71",
                "20.55495");
        assertBar(parsed.candles().candle(2), 1_706_637_600_000L, "43374.81", "44048", "43062", "43361.11",
                "23.66547");
        assertThat(parsed.candles().priceScale()).isEqualTo(2);
    }

    @Test
    void binanceDocumentationExampleIsAWeeklyBar() {
        // closeTime 1499644799999 is openTime + 7 days - 1 ms: a weekly kline opening on Monday 2017-07-03.
        ParsedCandles weekly = parseFixture("binance/DOCEX_api_v3_klines.json", Timeframe.W1);
        assertBar(weekly.candles().candle(0), 1_499_040_000_000L, "0.01634790", "0.80000000", "0.01575800",
                "0.01577100", "148976.11427815");

        Path file = sharedFile("fixtures/exchange/binance/DOCEX_api_v3_klines.json");
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> parser.parse(file, Timeframe.D1, Optional.empty(), OnError.FAIL));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).startsWith("row 1: close time 2017-07-09T23:59:59.999Z does not end the 1d bar")
                .endsWith("is the timeframe right?");
    }

    @Test
    void kucoinNewestFirstRowsComeOutAscendingWithCloseBeforeHigh() {
        // ["1706630400","43383.7","43501","43521.9","43222.8","101.30420492",...] = time, open, close, high, low, vol
        ParsedCandles parsed = parseFixture("kucoin/api_v1_market_candles_BTC-USDT_1hour.json", Timeframe.H1);

        assertThat(parsed.format()).isEqualTo(ImportFormat.KUCOIN_KLINES);
        CandleSeries s = parsed.candles();
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.openTime(0)).isEqualTo(1_706_630_400_000L);
        assertThat(s.openTime(2)).isEqualTo(1_706_637_600_000L);
        assertBar(s.candle(0), 1_706_630_400_000L, "43383.7", "43521.9", "43222.8", "43501", "101.30420492");
        assertBar(s.candle(2), 1_706_637_600_000L, "43396.4", "43491.9", "43285.2", "43369.4", "135.02905655");
    }

    @Test
    void kucoinErrorCodeIsAClearError() {
        String body = "{\"code\":\"400100\",\"msg\":\"Unsupported trading pair.\"}";
        assertThatThrownBy(() -> parse("kucoin.json", body, Timeframe.H1))
                .isInstanceOf(ImportException.class)
                .hasMessage("kucoin.json: the file is an error response, not candles: code 400100,"
                        + " msg 'Unsupported trading pair.'");

        String withData = "{\"code\":\"429000\",\"msg\":\"Too many requests\",\"data\":[]}";
        assertThatThrownBy(() -> parse("kucoin.json", withData, Timeframe.H1))
                .hasMessageContaining("code 429000");
    }

    @Test
    void binanceAndBitfinexErrorResponsesAreNamedAsSuch() {
        Path binanceError = sharedFile("fixtures/exchange/binance/DOCEX_error_-1121.json");
        assertThatThrownBy(() -> parser.parse(binanceError, Timeframe.H1, Optional.empty(), OnError.FAIL))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("error response, not candles: code -1121");

        assertThatThrownBy(() -> parse("bfx.json", "[\"error\",10020,\"limit: invalid\"]", Timeframe.H1))
                .hasMessage("bfx.json:1: the file is a Bitfinex error response, not candles: 10020 limit: invalid");
    }

    @Test
    void numbersAndStringsMixAndStayExact() {
        // Binance as the live API sends it: times are numbers, prices strings; plus a JSON float that double
        // would round (0.1 + 0.2 style) must survive as written.
        String body = "[[1706630400000,\"1.10\",2.30000000000000001,\"1\",\"2\",\"0.3\",1706633999999,\"0\",1,\"0\",\"0\",\"0\"]]";
        CandleSeries s = parse("b.json", body, Timeframe.H1).candles();
        assertThat(s.candle(0).high()).isEqualByComparingTo("2.30000000000000001");
        assertThat(s.priceScale()).isEqualTo(17);
    }

    @Test
    void minifiedResponsesNameTheRowAsWellAsTheLine() {
        String body = "[[1552298400000,3870.1,3890,3890,3870.1,0.05],[1552302000000,3870.1,3890,\"x\",3870.1,0.05]]";
        assertThatThrownBy(() -> parse("bfx.json", body, Timeframe.H1))
                .hasMessage("bfx.json:1: row 2: column 'high' is not a number: 'x'");
    }

    @Test
    void aBitfinexResponseMayBeNewestFirstButNotShuffled() {
        String newestFirst = "[[1552302000000,1,1,1,1,1],[1552298400000,2,2,2,2,2]]";
        CandleSeries s = parse("bfx.json", newestFirst, Timeframe.H1).candles();
        assertThat(s.openTime(0)).isEqualTo(1_552_298_400_000L);
        assertThat(s.candle(0).open()).isEqualByComparingTo("2");

        String shuffled = "[\n[1552305600000,1,1,1,1,1],\n[1552298400000,1,1,1,1,1],\n[1552302000000,1,1,1,1,1]\n]";
        assertThatThrownBy(() -> parse("bfx.json", shuffled, Timeframe.H1))
                .hasMessage("bfx.json:4: open time 2019-03-11T11:00:00Z at line 4 (row 3) is after"
                        + " 2019-03-11T10:00:00Z at line 3 (row 2): the rows are newest-first, so each must be older"
                        + " than the one before");
    }

    @Test
    void anUnknownRowSizeIsNamed() {
        assertThatThrownBy(() -> parse("x.json", "[[1,2,3,4,5]]", Timeframe.H1))
                .hasMessage("x.json:1: the first kline row has 5 elements: expected 6 (Bitfinex), 12 (Binance) or 7"
                        + " (KuCoin)");
    }

    @Test
    void aRowOfTheWrongSizeInsideAKnownFormatIsARowError() {
        String body = "[\n[1552298400000,1,1,1,1,1],\n[1552302000000,1,1,1,1]\n]";
        assertThatThrownBy(() -> parse("bfx.json", body, Timeframe.H1))
                .hasMessage("bfx.json:3: row 2: expected 6 elements in a Bitfinex kline row, found 5");
    }

    private static void assertBar(Candle c, long time, String open, String high, String low, String close,
                                  String volume) {
        assertThat(c.openTime()).isEqualTo(time);
        assertThat(c.open()).isEqualByComparingTo(open);
        assertThat(c.high()).isEqualByComparingTo(high);
        assertThat(c.low()).isEqualByComparingTo(low);
        assertThat(c.close()).isEqualByComparingTo(close);
        assertThat(c.volume()).isEqualByComparingTo(volume);
    }
}

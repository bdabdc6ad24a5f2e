package dev.cryptotrader.trading.importing;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.Gap;
import dev.cryptotrader.trading.marketdata.GapDetector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.cryptotrader.trading.importing.ImportTestSupport.sharedFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The real files in ../shared/data (ta4j's published data and the CSVs derived from it). */
class RealDataImportTest {

    private final CandleFileParser parser = new CandleFileParser();

    @Test
    void coinbaseCsvAndTa4jJsonTwinGiveTheSame20695Bars() {
        Path csvFile = sharedFile("data/coinbase_BTC-USD_4h.csv");
        Path jsonFile = sharedFile("data/Coinbase-BTC-USD-PT4H-20160518_20251028.json");

        ParsedCandles csv = parser.parse(csvFile, Timeframe.H4, Optional.empty(), OnError.FAIL);
        ParsedCandles json = parser.parse(jsonFile, Timeframe.H4, Optional.empty(), OnError.FAIL);

        assertThat(csv.format()).isEqualTo(ImportFormat.CSV);
        assertThat(json.format()).isEqualTo(ImportFormat.TA4J_JSON);
        assertThat(csv.candles().size()).isEqualTo(20_695);
        assertThat(json.candles().size()).isEqualTo(20_695);
        assertThat(csv.rowsRead()).isEqualTo(20_695);
        assertThat(csv.skipped()).isEmpty();
        assertThat(json.skipped()).isEmpty();
        assertThat(csv.candles().sameValues(json.candles())).isTrue();

        // Exact values of the first bar: 1463544000000,456.16,456.81,455.3,456.02,561.88098307
        CandleSeries s = csv.candles();
        assertThat(s.firstOpenTime()).isEqualTo(1_463_544_000_000L);
        assertThat(s.candle(0).open()).isEqualByComparingTo("456.16");
        assertThat(s.candle(0).low()).isEqualByComparingTo("455.3");
        assertThat(s.candle(0).volume()).isEqualByComparingTo("561.88098307");
    }

    @Test
    void gapDetectorFindsExactlyTheGapsInTheRawCsv() throws IOException {
        Path csvFile = sharedFile("data/coinbase_BTC-USD_4h.csv");
        List<Gap> expected = gapsFromRawLines(Files.readAllLines(csvFile), Timeframe.H4.millis());

        CandleSeries series = parser.parse(csvFile, Timeframe.H4, Optional.empty(), OnError.FAIL).candles();

        assertThat(expected).as("the file is known to have a few real gaps").isNotEmpty();
        assertThat(GapDetector.find(series, Timeframe.H4)).containsExactlyElementsOf(expected);
    }

    @Test
    void tradingViewDailyCsvAndJsonAgree() {
        ParsedCandles csv = parser.parse(sharedFile("data/tradingview_INDEX-BTCUSD_1d.csv"), Timeframe.D1,
                Optional.empty(), OnError.FAIL);
        ParsedCandles json = parser.parse(sharedFile("data/TradingView-INDEX_BTCUSD-PT1D-20091005_20260306.json"),
                Timeframe.D1, Optional.empty(), OnError.FAIL);

        assertThat(csv.candles().size()).isEqualTo(5_905);
        assertThat(csv.candles().sameValues(json.candles())).isTrue();
    }

    @Test
    void ethFiveMinuteOhlcJsonHas580BarsOpeningOneTimeframeBeforeEndTime() {
        ParsedCandles eth = parser.parse(sharedFile("data/Binance-ETH-USD-PT5M-20230313_20230315.json"),
                Timeframe.M5, Optional.empty(), OnError.FAIL);

        assertThat(eth.format()).isEqualTo(ImportFormat.TA4J_JSON);
        assertThat(eth.candles().size()).isEqualTo(580);
        // First element: endTime 1678730699999, open 1673.58, high 1677.62, low 1672.44, close 1672.99, volume 65.3033
        var first = eth.candles().candle(0);
        assertThat(first.openTime()).isEqualTo(1_678_730_699_999L + 1 - Timeframe.M5.millis());
        assertThat(first.open()).isEqualByComparingTo("1673.58");
        assertThat(first.high()).isEqualByComparingTo("1677.62");
        assertThat(first.low()).isEqualByComparingTo("1672.44");
        assertThat(first.close()).isEqualByComparingTo("1672.99");
        assertThat(first.volume()).isEqualByComparingTo(new BigDecimal("65.3033"));
    }

    @Test
    void ethOhlcJsonWithAWrongTimeframeIsRejectedAsAWhole() {
        Path file = sharedFile("data/Binance-ETH-USD-PT5M-20230313_20230315.json");
        // 1m: every endTime is aligned, but all 580 bars are 5m apart.
        assertThat(catchThrowableOfType(ImportException.class,
                () -> parser.parse(file, Timeframe.M1, Optional.empty(), OnError.FAIL)).problem())
                .contains("multiple of 5m").contains("is the timeframe right?");
    }

    /** Independent of the parser: read the first column as text and compare neighbours. */
    private static List<Gap> gapsFromRawLines(List<String> lines, long step) {
        List<Gap> gaps = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            long time = Long.parseLong(line.substring(0, line.indexOf(',')));
            if (previous != Long.MIN_VALUE && time - previous > step) {
                gaps.add(new Gap(previous + step, time - step, (time - previous) / step - 1));
            }
            previous = time;
        }
        return gaps;
    }
}
